lib:
[
  (lib.generators.toINIWithGlobalSection { } { globalSection = { debug = true; name = "x"; }; sections = { main.port = 80; }; })
  (lib.generators.toINIWithGlobalSection { } { globalSection = { }; sections = { a.b = "c"; }; })
  (lib.generators.toINIWithGlobalSection { listsAsDuplicateKeys = true; } { globalSection = { k = [ "1" "2" ]; }; })
]
