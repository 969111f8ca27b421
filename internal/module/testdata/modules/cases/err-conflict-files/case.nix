{ lib }:
(lib.evalModules { modules = [ ./decl.nix ./one.nix ./two.nix ]; }).config
