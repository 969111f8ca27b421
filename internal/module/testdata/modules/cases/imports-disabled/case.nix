{ lib }:
(lib.evalModules { modules = [ ./base.nix ./legacy.nix { disabledModules = [ ./legacy.nix ]; } ]; }).config
