lib: with lib.generators; {
  ini = toINI { } { section = { a = 1; b = "two"; c = true; }; };
  iniGlobal = toINIWithGlobalSection { } { globalSection = { g = 1; }; sections = { s = { k = "v"; }; }; };
  gitIni = toGitINI { user = { name = "A"; email = "a@b"; }; "remote \"origin\"" = { url = "x"; }; };
}
