lib: with lib.generators; {
  simple = toPretty { } { a = [ 1 "two" null true ]; b = 1.5; c = { d = "e"; }; };
  multiline = toPretty { multiline = false; } { a = [ 1 2 ]; };
  func = toPretty { } (x: x);
  funcArgs = toPretty { } ({ a, b ? 1 }: a);
  str = toPretty { } "multi\nline";
  path = toPretty { } /some/path;
}
