let lib = import ./_lib; in map (x: x.name) (lib.toposortLike [ { name = "c"; order = 3; } { name = "a"; order = 1; } { name = "b"; order = 2; } { name = "a2"; order = 1; } ])
