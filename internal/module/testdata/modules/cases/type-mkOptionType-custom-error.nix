{ lib }:
let
  even = lib.mkOptionType {
    name = "even";
    description = "even integer";
    check = x: builtins.isInt x && x / 2 * 2 == x;
  };
in
(lib.evalModules {
  modules = [
    { options.e = lib.mkOption { type = even; }; }
    { e = 3; }
  ];
}).config
