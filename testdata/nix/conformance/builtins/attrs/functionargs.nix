builtins.functionArgs ({ a, b ? 1, c ? null, ... }: null)
