lib: (lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; }; }); }; }
    { a.x.l = [ 1 ]; }
    { a.x.l = [ 2 ]; a.y = { }; }
    { a.x.l = lib.mkBefore [ 0 ]; }
  ];
}).config.a
