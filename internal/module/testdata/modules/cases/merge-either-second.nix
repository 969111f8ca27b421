{ lib }:
(lib.evalModules {
  modules = [
    { options.e = lib.mkOption { type = lib.types.either lib.types.int (lib.types.listOf lib.types.str); }; }
    { e = [ "a" ]; }
    { e = [ "b" ]; }
  ];
}).config
