let
  lib = import ./_lib;
  f = lib.setFunctionArgs (args: args.a + args.b) { a = false; b = true; };
in { result = f { a = 1; b = 2; }; args = lib.functionArgs f; isFn = lib.isFunction f; builtinIsFn = builtins.isFunction f; }
