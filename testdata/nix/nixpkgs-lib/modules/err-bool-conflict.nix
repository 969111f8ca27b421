lib: (lib.evalModules {
  modules = [
    { options.b = lib.mkOption { type = lib.types.bool; }; }
    { b = true; }
    { b = false; }
  ];
}).config.b
