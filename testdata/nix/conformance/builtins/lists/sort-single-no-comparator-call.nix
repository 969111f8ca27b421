builtins.sort (a: b: throw "never called") [ 1 ]
