lib: (lib.evalModules {
  modules = [
    { options.fixed = lib.mkOption { type = lib.types.str; readOnly = true; }; }
    { fixed = "a"; }
    { fixed = "b"; }
  ];
}).config.fixed
