{ lib }:
(lib.evalModules {
  modules = [
    { options.grp.a = lib.mkOption { type = lib.types.int; default = 1; }; }
    { grp = 5; }
  ];
}).config
