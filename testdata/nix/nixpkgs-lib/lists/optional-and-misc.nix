lib: with lib.lists; {
  optional = optional true 1 ++ optional false 2;
  optionals = optionals true [ 3 4 ];
  toList = [ (toList 1) (toList [ 2 ]) ];
  singleton = singleton "x";
  forEach = forEach [ 1 2 ] (x: x * 10);
  concatMap = concatMap (x: [ x x ]) [ 1 2 ];
  ifilter0 = ifilter0 (i: x: i != 1) [ "a" "b" "c" ];
  replicate = replicate 3 "z";
  allUnique = allUnique [ 1 2 1 ];
  listDfs = listDfs true (a: b: a < b) [ 3 1 2 ];
}
