{ lib }:
(lib.evalModules {
  modules = [
    { options.n = lib.mkOption { type = lib.types.nullOr lib.types.str; }; }
    { n = null; }
    { n = null; }
  ];
}).config
