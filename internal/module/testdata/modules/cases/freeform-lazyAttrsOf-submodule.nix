{ lib }:
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.submodule { freeformType = lib.types.lazyAttrsOf lib.types.int; options.known = lib.mkOption { type = lib.types.int; default = 0; }; }; }; }
    { s = { known = 1; extra = 2; }; }
  ];
}).config.s.extra
