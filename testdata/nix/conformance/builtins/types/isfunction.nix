with builtins; [ (isFunction (x: x)) (isFunction builtins.add) (isFunction (builtins.add 1)) (isFunction { }) (isFunction map) ]
