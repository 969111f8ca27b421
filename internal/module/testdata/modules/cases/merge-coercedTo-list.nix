{ lib }:
(lib.evalModules {
  modules = [
    { options.c = lib.mkOption { type = lib.types.coercedTo lib.types.str (s: [ s ]) (lib.types.listOf lib.types.str); }; }
    { c = "a"; }
    { c = [ "b" "c" ]; }
  ];
}).config
