lib:
[ (lib.optionals true [ 1 2 ]) (lib.optionals false [ 1 ]) (lib.optionals false (throw "lazy")) ]
