{ lib }:
((lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { l = [ 1 ]; }
  ];
}).extendModules { modules = [ { l = [ 2 ]; } ]; }).config
