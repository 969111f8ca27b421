lib:
let counted = map (x: x) [ 3 1 2 ]; in lib.sortOn (x: builtins.trace "key" (-x)) counted
