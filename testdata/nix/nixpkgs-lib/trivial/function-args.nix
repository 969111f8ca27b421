lib: let
  f = lib.setFunctionArgs (args: args.a) { a = false; b = true; };
  g = lib.mirrorFunctionArgs ({ x, y ? 1 }: x) (args: args.x * 2);
in { fArgs = lib.functionArgs f; fResult = f { a = 7; }; gArgs = lib.functionArgs g; gResult = g { x = 4; }; }
