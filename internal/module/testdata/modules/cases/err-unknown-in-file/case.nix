{ lib }:
(lib.evalModules { modules = [ ./decl.nix ./use.nix ]; }).config
