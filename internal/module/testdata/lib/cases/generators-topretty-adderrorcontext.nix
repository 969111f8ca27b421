lib:
builtins.tryEval (lib.generators.toPretty { } { a = throw "inner failure"; })
