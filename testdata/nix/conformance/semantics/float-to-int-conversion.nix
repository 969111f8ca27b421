[ (builtins.floor 1.0e18) (builtins.ceil (-1.5)) ]
