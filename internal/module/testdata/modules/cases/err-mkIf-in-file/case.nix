{ lib }:
(lib.evalModules { modules = [ ./decl.nix ./def.nix ]; }).config
