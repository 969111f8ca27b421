lib:
lib.toposort (a: b: lib.hasPrefix a b) [ "/home/user" "other" "/" "/home" ]
