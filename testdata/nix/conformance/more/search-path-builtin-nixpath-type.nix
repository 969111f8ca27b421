builtins.typeOf __nixPath
