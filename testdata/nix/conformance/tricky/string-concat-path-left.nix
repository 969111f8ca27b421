builtins.typeOf (./. + "")
