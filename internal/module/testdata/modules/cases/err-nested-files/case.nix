{ lib }:
(lib.evalModules { modules = [ ./options.nix ./team-a.nix ./team-b.nix ]; }).config
