builtins.seq [ (throw "no") ] (builtins.seq { a = throw "no"; } "ok")
