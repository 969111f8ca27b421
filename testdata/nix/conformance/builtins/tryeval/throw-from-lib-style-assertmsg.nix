builtins.tryEval (assert (false || throw "message"); 1)
