# The built-in lib of nix-k8s, as Nix evaluates it: lib.nix without the Go
# functions nix-k8s adds (see lib.nix).
import ./lib.nix null
