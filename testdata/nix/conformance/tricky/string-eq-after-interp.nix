let a = "x"; in "${a}${a}" == "xx" && "${a}" + "" == a
