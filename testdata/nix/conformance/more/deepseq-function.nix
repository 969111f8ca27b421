builtins.deepSeq (x: x) "ok"
