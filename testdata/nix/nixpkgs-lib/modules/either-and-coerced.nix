lib: (lib.evalModules {
  modules = [
    { options.v = lib.mkOption { type = lib.types.coercedTo lib.types.int toString lib.types.str; }; }
    { v = 42; }
    { options.w = lib.mkOption { type = lib.types.either lib.types.int (lib.types.listOf lib.types.str); }; }
    { w = [ "a" ]; }
  ];
}).config
