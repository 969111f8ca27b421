{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.str; default = "decl"; }; }
    { a = lib.mkOptionDefault "other"; }
  ];
}).config
