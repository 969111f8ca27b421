{ lib }:
(lib.evalModules { modules = [ ./a.nix { l = [ "top" ]; } ]; }).config
