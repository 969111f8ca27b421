{ lib }:
(lib.evalModules {
  modules = [
    { options.f = lib.mkOption { type = lib.types.functionTo (lib.types.listOf lib.types.int); }; }
    { f = x: [ x ]; }
    { f = x: [ (x * 2) ]; }
  ];
}).config.f 3
