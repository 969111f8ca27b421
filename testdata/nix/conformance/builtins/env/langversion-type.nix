builtins.typeOf builtins.langVersion
