{ lib }:
(lib.evalModules {
  modules = [
    (lib.mkRenamedOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { type = lib.types.int; }; }
    { old = lib.mkDefault 1; }
    { new = 2; }
  ];
}).config.new
