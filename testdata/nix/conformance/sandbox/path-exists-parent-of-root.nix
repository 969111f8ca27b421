builtins.pathExists (./. + "/../../../../go.mod")
