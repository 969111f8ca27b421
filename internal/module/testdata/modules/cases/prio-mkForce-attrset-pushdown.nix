{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; options.b = lib.mkOption { type = lib.types.int; }; }
    { config = lib.mkForce { a = 1; b = 2; }; }
    { a = 10; b = 20; }
  ];
}).config
