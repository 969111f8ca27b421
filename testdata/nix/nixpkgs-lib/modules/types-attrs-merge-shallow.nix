lib: (lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.attrs; }; }
    { a = { x = { y = 1; }; }; }
    { a = { x = { z = 2; }; w = 3; }; }
  ];
}).config.a
