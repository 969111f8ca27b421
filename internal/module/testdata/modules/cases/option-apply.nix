{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.listOf lib.types.str; apply = l: builtins.concatStringsSep "," l; }; }
    { a = [ "x" "y" ]; }
  ];
}).config
