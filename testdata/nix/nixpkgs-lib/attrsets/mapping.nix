lib: with lib.attrsets; {
  mapAttrs' = mapAttrs' (n: v: nameValuePair "new-${n}" (v + 1)) { a = 1; b = 2; };
  mapAttrsToList = mapAttrsToList (n: v: "${n}=${toString v}") { b = 2; a = 1; };
  mapAttrsRecursive = mapAttrsRecursive (path: v: lib.concatStringsSep "." path) { a.b = 1; c = 2; };
  mapAttrsRecursiveCond = mapAttrsRecursiveCond (as: !(as ? stop)) (p: v: v) { a = { stop = 1; x = 2; }; };
  filterAttrs = filterAttrs (n: v: v > 1) { a = 1; b = 2; c = 3; };
  filterAttrsRecursive = filterAttrsRecursive (n: v: v != null) { a = null; b = { c = null; d = 1; }; };
  concatMapAttrs = concatMapAttrs (n: v: { "${n}1" = v; "${n}2" = v * 2; }) { a = 1; };
  foldlAttrs = foldlAttrs (acc: n: v: acc + v) 0 { a = 1; b = 2; };
  attrsToList = attrsToList { b = 2; a = 1; };
}
