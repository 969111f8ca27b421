builtins.toXML (a: b: a)
