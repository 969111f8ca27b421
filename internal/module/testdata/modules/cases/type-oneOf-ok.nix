{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.oneOf [ lib.types.int lib.types.bool lib.types.str ]; }; }
    { config.x = true; }
  ];
}).config
