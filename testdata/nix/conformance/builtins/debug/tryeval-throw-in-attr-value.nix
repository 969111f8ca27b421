let r = builtins.tryEval (throw "t"); in { inherit (r) success; v = r.value; }
