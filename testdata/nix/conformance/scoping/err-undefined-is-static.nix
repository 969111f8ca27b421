let f = x: if x then 1 else undefinedVariableHere; in 1
