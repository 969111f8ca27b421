{ lib }:
(lib.evalModules {
  modules = [
    { options.name = lib.mkOption { type = lib.types.str; }; options.label = lib.mkOption { type = lib.types.str; }; }
    ({ options, ... }: { label = lib.mkDerivedConfig options.name (n: "app-${n}"); })
    { name = "api"; }
  ];
}).config
