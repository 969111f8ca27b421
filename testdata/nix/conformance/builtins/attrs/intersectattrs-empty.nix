with builtins; [ (intersectAttrs { } { a = 1; }) (intersectAttrs { a = 1; } { }) ]
