lib: (lib.evalModules {
  modules = [
    { options.u = lib.mkOption { type = lib.types.uniq lib.types.int; }; }
    { u = 1; }
    { u = 2; }
  ];
}).config.u
