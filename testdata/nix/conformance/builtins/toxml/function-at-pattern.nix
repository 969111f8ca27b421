builtins.toXML (args@{ x, y ? 1, ... }: x)
