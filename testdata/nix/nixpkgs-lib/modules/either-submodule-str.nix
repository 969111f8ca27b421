lib: (lib.evalModules {
  modules = [
    { options.e = lib.mkOption { type = lib.types.attrsOf (lib.types.either lib.types.str (lib.types.submodule { options.v = lib.mkOption { type = lib.types.int; }; })); }; }
    { e.a = "plain"; e.b = { v = 1; }; }
  ];
}).config.e
