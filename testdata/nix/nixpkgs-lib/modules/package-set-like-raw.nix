lib: (lib.evalModules {
  modules = [
    { options.r = lib.mkOption { type = lib.types.raw; }; }
    { r = { f = x: x; n = 1; }; }
  ];
}).config.r.n
