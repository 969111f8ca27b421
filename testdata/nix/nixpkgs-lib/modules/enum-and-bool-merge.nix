lib: (lib.evalModules {
  modules = [
    { options.e = lib.mkOption { type = lib.types.enum [ "a" "b" ]; }; options.b = lib.mkOption { type = lib.types.bool; }; }
    { e = "a"; b = true; }
    { e = "a"; b = true; }
  ];
}).config
