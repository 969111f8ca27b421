{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = lib.mkOverride 10 1; }
    { a = lib.mkForce 2; }
    { a = 3; }
  ];
}).config
