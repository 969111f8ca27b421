builtins.tryEval (builtins.functionArgs { __functor = self: { a }: a; })
