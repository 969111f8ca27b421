builtins.langVersion >= 5
