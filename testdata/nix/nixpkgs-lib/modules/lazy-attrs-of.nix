lib: (lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; }; }
    { m.a = 1; m.b = lib.mkIf false 2; m.c = throw "never forced"; }
  ];
}).config.m.a
