{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; options.b = lib.mkOption { type = lib.types.int; }; }
    { a = lib.mkImageMediaOverride 1; b = lib.mkVMOverride 2; }
    { a = lib.mkForce 10; b = lib.mkForce 20; }
  ];
}).config
