{ lib }:
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.submodule ({ name, ... }: { options.a = lib.mkOption { type = lib.types.int; default = 1; }; options.n = lib.mkOption { default = name; }; }); }; }
  ];
}).config
