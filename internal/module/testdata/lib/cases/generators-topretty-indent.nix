lib:
lib.generators.toPretty { indent = "    "; } [ { a = 1; } ]
