module github.com/nix-k8s/nix-k8s

go 1.26.0

require (
	github.com/getkin/kin-openapi v0.153.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
