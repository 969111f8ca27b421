lib: (lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 1 ]; }; }
    { l = lib.mkOptionDefault [ 2 ]; }
    { l = lib.mkDefault [ 3 ]; }
  ];
}).config.l
