with { a = "outer"; }; with { a = "inner"; }; a
