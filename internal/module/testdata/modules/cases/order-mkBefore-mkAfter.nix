{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
    { l = lib.mkAfter [ "last" ]; }
    { l = [ "middle1" ]; }
    { l = lib.mkBefore [ "first" ]; }
    { l = [ "middle2" ]; }
  ];
}).config
