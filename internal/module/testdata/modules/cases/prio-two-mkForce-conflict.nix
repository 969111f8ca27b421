{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = lib.mkForce 1; }
    { a = lib.mkForce 2; }
  ];
}).config
