lib: with lib.generators; {
  json = toJSON { } { b = [ 1 2 ]; a = "x"; };
  yaml = toYAML { } { a = 1; };
}
