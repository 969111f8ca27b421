({ builtins ? { length = _: "shadowed"; } }: builtins.length [ ]) { }
