lib:
lib.isFunction { __functor = 1; }
