let import = x: "shadowed ${x}"; in import "y"
