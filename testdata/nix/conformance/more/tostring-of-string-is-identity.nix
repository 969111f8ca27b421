let s = "abc"; in toString s == s
