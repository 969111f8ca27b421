lib:
lib.generators.toPretty { } { outer = { inner = [ "a\nb" { deep = "c\n"; } ]; }; "quoted name" = [ [ ] { } ]; }
