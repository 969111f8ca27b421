{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 1; }; }
    ({ config, ... }: true)
  ];
}).config
