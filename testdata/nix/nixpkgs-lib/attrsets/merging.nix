lib: with lib.attrsets; {
  recursiveUpdate = recursiveUpdate { a = { b = 1; c = 2; }; d = 1; } { a = { c = 3; }; d = { e = 1; }; };
  recursiveUpdateUntil = recursiveUpdateUntil (path: l: r: path == [ "a" ]) { a = { x = 1; }; } { a = { y = 2; }; };
  zipAttrs = zipAttrs [ { a = 1; } { a = 2; b = 3; } ];
  zipAttrsWith = zipAttrsWith (n: vs: lib.length vs) [ { a = 1; } { a = 2; } ];
  foldAttrs = foldAttrs (x: acc: [ x ] ++ acc) [ ] [ { a = 1; } { a = 2; b = 3; } ];
  updateManyAttrsByPath = updateManyAttrsByPath [ { path = [ "a" "b" ]; update = old: old + 1; } ] { a.b = 1; };
  mergeAttrsList = mergeAttrsList [ { a = 1; } { b = 2; } { a = 3; } ];
  unionOfDisjoint = unionOfDisjoint { a = 1; } { b = 2; };
}
