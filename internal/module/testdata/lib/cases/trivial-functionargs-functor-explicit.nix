lib:
[ (lib.functionArgs { __functor = self: { a }: a; __functionArgs = { b = true; }; }) (lib.isFunction { __functor = self: 1; }) ]
