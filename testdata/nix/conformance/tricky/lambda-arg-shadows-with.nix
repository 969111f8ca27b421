with { x = "with"; }; (x: x) "arg"
