let k = "dyn"; in { ${k} = 1; "${k}2" = 2; "static" = 3; }
