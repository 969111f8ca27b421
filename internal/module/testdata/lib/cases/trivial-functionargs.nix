lib:
[ (lib.functionArgs ({ a, b ? 1 }: a)) (lib.functionArgs (x: x)) (lib.functionArgs (lib.setFunctionArgs (x: x) { y = true; })) (lib.functionArgs { __functor = self: { z }: z; }) ]
