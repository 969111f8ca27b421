{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; options.b = lib.mkOption { type = lib.types.int; }; }
    { a = 1; b = throw "never forced"; }
  ];
}).config.a
