{ lib }:
(lib.evalModules {
  modules = [
    { options.name = lib.mkOption { type = lib.types.str; }; options.greeting = lib.mkOption { type = lib.types.str; }; }
    ({ config, ... }: { greeting = lib.mkDefault "hello ${config.name}"; })
    { name = "world"; }
  ];
}).config
