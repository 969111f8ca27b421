{ lib }:
(lib.evalModules {
  modules = [
    { options.items = lib.mkOption { type = lib.types.listOf (lib.types.submodule ({ config, ... }: { options.name = lib.mkOption { type = lib.types.str; }; options.upper = lib.mkOption { type = lib.types.str; default = lib.toUpper config.name; }; })); }; }
    { items = [ { name = "a"; } ({ ... }: { name = "b"; }) ]; }
  ];
}).config
