lib:
lib.generators.toPretty { } { int = 1; float = 0.5; str = "hi \"there\" \${x}"; bool = true; nul = null; list = [ 1 [ 2 ] [ ] ]; empty = { }; nested = { "a-b" = 1; "if" = 2; "with space" = 3; }; fn = x: x; fnArgs = { a, b ? 1 }: a; drv = { type = "derivation"; name = "hello"; }; }
