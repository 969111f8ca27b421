builtins.intersectAttrs (builtins.functionArgs ({ a, b ? 2 }: a)) { a = 1; b = 2; c = 3; }
