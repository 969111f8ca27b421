{ lib }:
(lib.evalModules {
  prefix = [ "root" "sub" ];
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = "x"; }
  ];
}).config
