lib: (lib.evalModules {
  modules = [
    { options.o = lib.mkOption { type = lib.types.oneOf [ lib.types.int lib.types.str ]; }; }
    { o = "s"; }
    { options.u = lib.mkOption { type = lib.types.uniq lib.types.int; default = 4; }; }
  ];
}).config
