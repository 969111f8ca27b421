let
  lib = import ./_lib;
  defs = [ (lib.mkDefault "default") "normal" (lib.mkForce "forced") ];
  prio = d: if lib.isType "override" d then d.priority else 100;
  best = builtins.foldl' (acc: d: if prio d < prio acc then d else acc) (builtins.head defs) defs;
in if lib.isType "override" best then best.content else best
