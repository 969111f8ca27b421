builtins.isFunction (builtins.getAttr "__functor" { __functor = self: x: x; })
