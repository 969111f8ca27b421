lib: with lib.lists; {
  range = range 2 6;
  flatten = flatten [ 1 [ 2 [ 3 ] ] [ ] ];
  unique = unique [ 3 1 3 2 1 ];
  reverse = reverseList [ 1 2 3 ];
  last = last [ 1 2 3 ];
  init = init [ 1 2 3 ];
  take = take 2 [ 1 2 3 ];
  drop = drop 2 [ 1 2 3 ];
  sublist = sublist 1 2 [ 0 1 2 3 ];
  count = count (x: x > 1) [ 1 2 3 ];
}
