builtins.toXML { "a<b" = "x&y\"z'"; c = "\r\t\n"; }
