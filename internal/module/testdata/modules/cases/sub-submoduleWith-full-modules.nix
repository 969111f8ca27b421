{ lib }:
(lib.evalModules {
  modules = [
    { options.app = lib.mkOption { type = lib.types.submoduleWith { modules = [ { options.a = lib.mkOption { type = lib.types.int; }; } ]; }; }; }
    { app = { config.a = 1; }; }
  ];
}).config
