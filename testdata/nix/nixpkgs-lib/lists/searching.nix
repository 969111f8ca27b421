lib: with lib.lists; {
  findFirst = findFirst (x: x > 2) null [ 1 2 3 4 ];
  findFirstIndex = findFirstIndex (x: x == "b") null [ "a" "b" ];
  findSingle = findSingle (x: x == 2) "none" "many" [ 1 2 3 ];
  elem = elem 2 [ 1 2 ];
  any = any (x: x > 2) [ 1 2 3 ];
  all = all (x: x > 0) [ 1 2 3 ];
  partition = partition (x: x > 1) [ 1 2 3 ];
  groupBy = lib.groupBy (x: if x > 1 then "big" else "small") [ 1 2 3 ];
  remove = remove 2 [ 1 2 3 2 ];
  subtractLists = subtractLists [ 2 ] [ 1 2 3 ];
  intersectLists = intersectLists [ 1 2 ] [ 2 3 ];
  mutuallyExclusive = mutuallyExclusive [ 1 ] [ 2 ];
}
