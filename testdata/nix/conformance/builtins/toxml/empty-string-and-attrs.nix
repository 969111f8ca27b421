builtins.toXML [ "" { } ]
