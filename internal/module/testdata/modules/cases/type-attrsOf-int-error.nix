{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.attrsOf lib.types.int; }; }
    { config.x = { a = 1; b = "2"; }; }
  ];
}).config
