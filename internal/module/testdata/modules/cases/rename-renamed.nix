{ lib }:
(lib.evalModules {
  modules = [
    (lib.mkRenamedOptionModule [ "a" "old" ] [ "b" "new" ])
    { options.b.new = lib.mkOption { type = lib.types.int; }; }
    { a.old = 5; }
  ];
}).config
