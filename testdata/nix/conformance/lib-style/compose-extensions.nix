let
  lib = import ./_lib;
  o1 = final: prev: { x = prev.x + 1; log = prev.log ++ [ "o1" ]; };
  o2 = final: prev: { x = prev.x * 10; log = prev.log ++ [ "o2" ]; y = final.x; };
  base = self: { x = 1; log = [ ]; };
in lib.fix (lib.extends (lib.composeExtensions o1 o2) base)
