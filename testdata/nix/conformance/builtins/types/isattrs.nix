with builtins; [ (isAttrs { }) (isAttrs [ ]) (isAttrs null) (isAttrs { __functor = s: x: x; }) ]
