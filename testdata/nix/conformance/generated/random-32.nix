# Mixed operators, coercions and builtins in one expression; compared like every other case.
((x: { inherit x; t = builtins.typeOf x; }) (builtins.toJSON (builtins.toJSON ((x: { inherit x; t = builtins.typeOf x; }) "pre-${("pre-${"pre-${(toString 10.0)}"}" + (("nix" + "nix") + "pre-${""}"))}"))))
