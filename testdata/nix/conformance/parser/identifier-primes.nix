let x' = 1; x'' = x' + 1; in x''
