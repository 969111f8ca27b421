lib: let
  f = lib.makeOverridable ({ a, b ? 2 }: { sum = a + b; }) { a = 1; };
in [ f.sum (f.override { b = 10; }).sum (f.override (old: { a = old.a * 100; })).sum ]
