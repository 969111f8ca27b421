{ lib }:
(lib.evalModules { modules = [ ./options.nix ./apps.nix ]; }).config
