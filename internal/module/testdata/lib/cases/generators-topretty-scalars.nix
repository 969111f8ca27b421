lib:
map (lib.generators.toPretty { }) [ 42 (-3) 1.25 true false null "s" [ ] { } ]
