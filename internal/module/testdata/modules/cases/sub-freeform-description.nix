{ lib }:
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.submodule { freeformType = lib.types.attrsOf lib.types.str; }; }; }
    { s = 5; }
  ];
}).config
