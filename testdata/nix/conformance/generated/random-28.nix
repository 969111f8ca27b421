# Mixed operators, coercions and builtins in one expression; compared like every other case.
(if ((toString 30) == "nix") then 28 else (map (v: builtins.typeOf v) [ ((("pre-${(toString (37 + 37))}" + ("pre-${"k8s"}" + "pre-${(toString (3.0 - 10.0))}")) + (toString (44 - 29)))) (((11 * 29) * 30)) ]))
