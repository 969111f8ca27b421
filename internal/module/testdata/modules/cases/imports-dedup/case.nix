{ lib }:
(lib.evalModules { modules = [ ./a.nix ./b.nix ./shared.nix ]; }).config
