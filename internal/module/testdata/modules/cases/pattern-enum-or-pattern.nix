{ lib }:
(lib.evalModules {
  modules = [
    { options.size = lib.mkOption { type = lib.types.attrsOf (lib.types.either (lib.types.enum [ "small" "large" ]) (lib.types.strMatching "[0-9]+Gi")); }; }
    { size.a = "small"; size.b = "10Gi"; size.c = "huge"; }
  ];
}).config
