{ lib }:
(lib.evalModules {
  modules = [
    { options.e = lib.mkOption { type = lib.types.attrsOf (lib.types.either lib.types.str (lib.types.submodule { options.v = lib.mkOption { type = lib.types.int; default = 0; }; })); }; }
    { e.a = "text"; e.b = { v = 2; }; e.c = { }; }
  ];
}).config
