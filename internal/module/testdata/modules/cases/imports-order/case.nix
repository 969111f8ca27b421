{ lib }:
(lib.evalModules { modules = [ ./a.nix ./c.nix { l = [ "inline" ]; } ]; }).config
