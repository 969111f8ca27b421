{ lib }:
(lib.evalModules {
  modules = [
    { options.on = lib.mkOption { type = lib.types.bool; }; }
    { on = true; }
    { on = false; }
  ];
}).config
