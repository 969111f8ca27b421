{ lib }:
(lib.evalModules {
  modules = [
    (lib.mkAliasOptionModule [ "short" ] [ "long" "path" ])
    { options.long.path = lib.mkOption { type = lib.types.str; default = "d"; }; }
    { long.path = "set"; }
  ];
}).config.short
