{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.anything; }; }
    { a = { x.y = 1; l = [ 1 ]; s = "s"; }; }
    { a = { x.z = 2; l = [ 1 ]; }; }
  ];
}).config
