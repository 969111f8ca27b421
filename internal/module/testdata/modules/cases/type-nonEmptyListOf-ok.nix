{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.nonEmptyListOf lib.types.str; }; }
    { l = [ "x" ]; }
  ];
}).config
