let length = _: "let wins"; in with builtins; length [ ]
