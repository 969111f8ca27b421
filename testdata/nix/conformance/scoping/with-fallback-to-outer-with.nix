with { a = "outer"; b = "b-outer"; }; with { a = "inner"; }; b
