{ lib }:
(lib.evalModules {
  modules = [
    (lib.mkAliasOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { old = [ 1 ]; }
    { new = [ 2 ]; }
  ];
}).config
