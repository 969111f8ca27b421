let f = with (throw "never"); x: 1; in f 2
