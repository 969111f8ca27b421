{ lib }:
(lib.evalModules {
  modules = [
    { options.level = lib.mkOption { type = lib.types.enum [ "low" ]; }; }
    { options.level = lib.mkOption { type = lib.types.enum [ "mid" "high" ]; }; }
  ];
}).options.level.type.description
