builtins.typeOf ./_fix/x
