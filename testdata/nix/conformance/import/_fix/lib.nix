rec {
  id = x: x;
  const = x: _: x;
  compose = f: g: x: f (g x);
  inc = x: x + 1;
  twice = f: compose f f;
}
