{ lib }:
let
  t = lib.types.attrsOf (lib.types.submodule { options.x = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; }; });
in
t.merge [ "top" ] [ { file = "a.nix"; value = { k.x = [ 1 ]; }; } { file = "b.nix"; value = { k.x = [ 2 ]; j = { }; }; } ]
