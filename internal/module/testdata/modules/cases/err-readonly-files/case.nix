{ lib }:
(lib.evalModules { modules = [ ./decl.nix ./a.nix ./b.nix ]; }).config
