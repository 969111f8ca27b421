{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 1; }; options.b.c = lib.mkOption { default = 2; }; }
    ({ options, ... }: { options.names = lib.mkOption { default = builtins.attrNames options; }; })
  ];
}).config
