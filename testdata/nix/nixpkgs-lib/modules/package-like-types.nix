lib: (lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.separatedString ","; }; }
    { s = "a"; }
    { s = "b"; }
    { options.l = lib.mkOption { type = lib.types.lines; }; }
    { l = "x"; }
    { l = "y"; }
    { options.n = lib.mkOption { type = lib.types.nonEmptyStr; default = "z"; }; }
  ];
}).config
