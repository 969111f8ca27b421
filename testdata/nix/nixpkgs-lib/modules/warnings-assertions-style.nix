lib: let eval = lib.evalModules {
  modules = [
    { options.assertions = lib.mkOption { type = lib.types.listOf lib.types.unspecified; default = [ ]; }; }
    { options.warnings = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
    ({ config, ... }: { assertions = [ { assertion = 1 < 2; message = "math works"; } ]; warnings = [ "be careful" ]; })
  ];
}; failed = map (a: a.message) (lib.filter (a: !a.assertion) eval.config.assertions); in { inherit failed; inherit (eval.config) warnings; }
