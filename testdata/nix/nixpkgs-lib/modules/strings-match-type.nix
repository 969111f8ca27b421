lib: let t = lib.types.strMatching "[a-z]+"; in { ok = t.check "abc"; bad = t.check "ABC"; desc = t.description; }
