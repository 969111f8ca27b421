lib: (lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; }; }; }; }
    { s.b = 1; }
  ];
}).config.s
