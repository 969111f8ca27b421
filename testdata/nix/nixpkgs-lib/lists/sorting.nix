lib: with lib.lists; {
  sort = sort (a: b: a < b) [ 3 1 2 ];
  sortOn = sortOn (x: x.k) [ { k = 2; v = "b"; } { k = 1; v = "a"; } { k = 2; v = "c"; } ];
  naturalSort = naturalSort [ "a10" "a2" "a1" "b" ];
  toposort = toposort (a: b: a < b) [ 3 1 2 ];
  toposortCycle = toposort (a: b: true) [ 1 2 ];
  compareLists = compareLists builtins.compareVersions [ "1.2" "3" ] [ "1.10" ];
}
