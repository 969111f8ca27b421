(builtins.tryEval (builtins.trace "tracing" (throw "after trace"))).success
