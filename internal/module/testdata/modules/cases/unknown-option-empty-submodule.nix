{ lib }:
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.submodule { config = { }; }; }; }
    { s.x = 1; }
  ];
}).config
