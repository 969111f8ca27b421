let people = [ { n = "c"; a = 30; } { n = "a"; a = 30; } { n = "b"; a = 20; } ];
    cmp = x: y: if x.a != y.a then x.a < y.a else x.n < y.n;
in map (p: p.n) (builtins.sort cmp people)
