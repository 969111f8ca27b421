builtins.typeOf [ (throw "elements not forced") ]
