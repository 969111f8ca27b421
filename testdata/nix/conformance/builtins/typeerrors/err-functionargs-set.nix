builtins.functionArgs { }
