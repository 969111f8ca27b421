builtins.filter (x: x.keep) [ { keep = true; v = 1; } { keep = false; v = throw "dropped"; } ]
