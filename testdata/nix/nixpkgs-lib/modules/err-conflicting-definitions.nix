lib: (lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.str; }; }
    { s = "one"; }
    { s = "two"; }
  ];
}).config.s
