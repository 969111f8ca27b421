{ lib }:
(lib.evalModules {
  modules = [
    { freeformType = lib.types.attrsOf lib.types.str; options.name = lib.mkOption { type = lib.types.str; default = "n"; }; }
    { extra = "e"; other = "o"; }
  ];
}).config
