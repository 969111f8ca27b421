lib:
[ (lib.matchAttrs { cpu = { bits = 64; }; } { cpu = { bits = 64; family = "x86"; }; os = "linux"; }) (lib.matchAttrs { a = 1; } { a = 2; }) (lib.matchAttrs { a.b = 1; } { a = 1; }) (lib.matchAttrs { } 5) ]
