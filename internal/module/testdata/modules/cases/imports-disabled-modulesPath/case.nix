{ lib }:
(lib.evalModules {
  specialArgs.modulesPath = ./mods;
  modules = [ ./mods/one.nix ./mods/two.nix { disabledModules = [ "two.nix" ]; } ];
}).config
