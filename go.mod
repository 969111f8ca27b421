module github.com/nix-k8s/nix-k8s

go 1.26.0

// kin-openapi stays at v0.135.0: from v0.136.0 on, its openapi3 package
// imports a JSON Schema library whose package initialisation compiles every
// meta-schema, 3.5 ms added to the start of every nix-k8s-lsp process.
// The Kubernetes specs are OpenAPI 3.0 and v2, which v0.135.0 reads fully.
require (
	github.com/getkin/kin-openapi v0.135.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/go-openapi/jsonpointer v0.22.5 // indirect
	github.com/go-openapi/swag/jsonname v0.25.5 // indirect
	github.com/josharian/intern v1.0.0 // indirect
	github.com/mailru/easyjson v0.7.7 // indirect
	github.com/mohae/deepcopy v0.0.0-20170929034955-c48cc78d4826 // indirect
	github.com/oasdiff/yaml v0.0.9 // indirect
	github.com/oasdiff/yaml3 v0.0.9 // indirect
	github.com/perimeterx/marshmallow v1.1.5 // indirect
	github.com/woodsbury/decimal128 v1.3.0 // indirect
)
