lib: (lib.evalModules {
  modules = [
    { key = "m1"; options.v = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
    { key = "m2"; v = [ "first" ]; }
    { key = "m2"; v = [ "duplicate key is ignored" ]; }
  ];
}).config.v
