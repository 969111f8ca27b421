lib:
lib.generators.withRecursion { depthLimit = 1; } { a = { b = { c = 1; }; }; }
