lib:
[ (lib.generators.withRecursion { depthLimit = 2; throwOnDepthLimit = false; } { a = { b = { c = { d = 1; }; }; }; l = [ [ [ 1 ] ] ]; }) (lib.generators.withRecursion { depthLimit = 5; } { a = 1; }) ]
