lib:
[ (lib.generators.toPretty { } "line1\nline2\n") (lib.generators.toPretty { } "a\nb") (lib.generators.toPretty { } "has '' and \${") (lib.generators.toPretty { multiline = false; } "a\nb") ]
