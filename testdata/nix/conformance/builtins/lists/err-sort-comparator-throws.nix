builtins.sort (a: b: throw "comparator") [ 2 1 ]
