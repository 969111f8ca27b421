builtins.stringLength (toString /abc)
