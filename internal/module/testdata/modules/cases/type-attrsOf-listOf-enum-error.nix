{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.attrsOf (lib.types.listOf (lib.types.enum [ "r" "w" ])); }; }
    { config.x = { a = [ "x" ]; }; }
  ];
}).config
