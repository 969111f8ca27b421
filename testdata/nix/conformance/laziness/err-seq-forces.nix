builtins.seq (throw "forced") "ok"
