builtins.functionArgs ({ a ? throw "x", b }: 1)
