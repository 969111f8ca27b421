x: { a ? 1, b, ... }@args:
  assert a > 0 -> b != null;
  with args;
  !(a ? b.c) || -a * 2 + 3 / 4 - 5 < 6 && [ 1 ] ++ [ 2 ] == [ 1 2 ] // { }
