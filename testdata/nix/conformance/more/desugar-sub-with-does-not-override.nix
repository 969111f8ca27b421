with { __sub = a: b: "from-with"; }; 5 - 3
