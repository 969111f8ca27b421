{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { l = lib.mkForce (lib.mkAfter [ 2 ]); }
    { l = lib.mkForce [ 1 ]; }
    { l = [ 9 ]; }
  ];
}).config
