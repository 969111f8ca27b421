lib:
lib.generators.toPretty { multiline = false; } { a = [ 1 2 ]; b = { c = "d"; }; }
