let a = "x"; b = "y"; in { x.y = 7; }.${a}.${b}
