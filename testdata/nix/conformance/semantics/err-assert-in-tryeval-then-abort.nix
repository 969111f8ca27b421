let r = builtins.tryEval (assert false; 1); in if r.success then 1 else abort "assert caught, now abort"
