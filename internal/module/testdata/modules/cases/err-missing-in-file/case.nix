{ lib }:
(lib.evalModules { modules = [ ./decl.nix { } ]; }).config
