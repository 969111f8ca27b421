lib: with lib.lists; {
  foldr = foldr (x: acc: "(${x}${acc})") "" [ "a" "b" "c" ];
  foldl = foldl (acc: x: "(${acc}${x})") "" [ "a" "b" "c" ];
  imap0 = imap0 (i: x: i * x) [ 5 6 7 ];
  imap1 = imap1 (i: x: "${toString i}:${x}") [ "a" "b" ];
  zip = zipLists [ 1 2 ] [ "a" "b" "c" ];
  zipWith = zipListsWith (a: b: a + b) [ 1 2 ] [ 10 20 ];
  crossLists = lib.cartesianProduct { a = [ 1 2 ]; b = [ "x" ]; };
}
