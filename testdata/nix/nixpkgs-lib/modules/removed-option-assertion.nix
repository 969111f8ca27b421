lib: let eval = lib.evalModules {
  modules = [
    { options.assertions = lib.mkOption { type = lib.types.listOf lib.types.unspecified; default = [ ]; }; }
    (lib.mkRemovedOptionModule [ "gone" ] "use something else")
    { gone = 1; }
  ];
}; in map (a: a.message) (lib.filter (a: !a.assertion) eval.config.assertions)
