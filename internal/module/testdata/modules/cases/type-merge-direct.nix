{ lib }:
with lib.types;
[
  (str.merge [ "s" ] [ { file = "a"; value = "x"; } ])
  ((listOf int).merge [ "l" ] [ { file = "a"; value = [ 1 ]; } { file = "b"; value = [ 2 3 ]; } ])
  ((attrsOf str).merge [ "m" ] [ { file = "a"; value = { a = "1"; }; } { file = "b"; value = { b = "2"; }; } ])
  (lines.merge [ "t" ] [ { file = "a"; value = "x"; } { file = "b"; value = "y"; } ])
  ((nullOr int).merge [ "n" ] [ { file = "a"; value = null; } ])
  (lib.mergeEqualOption [ "e" ] [ { file = "a"; value = 1; } { file = "b"; value = 1; } ])
  (lib.mergeOneOption [ "o" ] [ { file = "a"; value = { z = 1; }; } ])
  (lib.mergeDefaultOption [ "d" ] [ { file = "a"; value = [ 1 ]; } { file = "b"; value = [ 2 ]; } ])
  (lib.showOption [ "a" "b-c" "d.e" "<name>" "*" "1x" ])
  (lib.showFiles [ "a.nix" "b.nix" ])
  (lib.getValues [ { value = 1; } { value = 2; } ])
]
