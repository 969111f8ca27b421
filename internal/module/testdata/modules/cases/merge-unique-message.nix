{ lib }:
(lib.evalModules {
  modules = [
    { options.u = lib.mkOption { type = lib.types.unique { message = "Set it once."; } lib.types.str; }; }
    { u = "a"; }
    { u = "b"; }
  ];
}).config
