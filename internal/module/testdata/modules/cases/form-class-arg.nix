{ lib }:
(lib.evalModules {
  modules = [
    ({ _class, ... }: { options.c = lib.mkOption { default = if _class == null then "none" else _class; }; })
  ];
}).config
