{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.anything; }; }
    { a = [ 1 ]; }
    { a = [ 2 ]; }
  ];
}).config
