{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.coercedTo lib.types.int toString lib.types.str; }; }
    { config.x = 5; }
  ];
}).config
