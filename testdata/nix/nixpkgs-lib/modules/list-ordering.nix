lib: (lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { l = [ 1 2 ]; }
    { l = lib.mkBefore [ 0 ]; }
    { l = lib.mkAfter [ 9 ]; }
    { l = lib.mkOrder 1600 [ 5 ]; }
  ];
}).config.l
