{ lib }:
builtins.attrNames (lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 1; }; options.b.c = lib.mkOption { default = 2; }; }
  ];
}).options
