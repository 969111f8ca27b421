{ lib }:
let
  even = lib.mkOptionType {
    name = "even";
    description = "even integer";
    check = x: builtins.isInt x && x / 2 * 2 == x;
    merge = loc: defs: builtins.foldl' (a: d: a + d.value) 0 defs;
  };
in
(lib.evalModules {
  modules = [
    { options.e = lib.mkOption { type = even; }; }
    { e = 2; }
    { e = 4; }
  ];
}).config
