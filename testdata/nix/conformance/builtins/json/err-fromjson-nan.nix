builtins.fromJSON "[NaN]"
