lib: (lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }
    { b = 2; }
  ];
}).config.a
