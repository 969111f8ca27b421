let c = builtins.trace "cond" true; in [ (if c then 1 else 2) (if c then 3 else 4) ]
