{ lib }:
(lib.evalModules {
  modules = [
    { freeformType = lib.types.attrsOf (lib.types.attrsOf lib.types.int); options.grp.known = lib.mkOption { type = lib.types.int; default = 1; }; }
    { grp.extra = 2; }
  ];
}).config
