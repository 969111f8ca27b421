lib:
lib.collect (x: x ? outPath) { a = { outPath = "a/"; }; b = { c = { outPath = "b/"; }; }; }
