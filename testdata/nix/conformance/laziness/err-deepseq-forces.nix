builtins.deepSeq [ (throw "deep") ] "ok"
