builtins.tryEval (builtins.head [ ])
