let n = null; in n.a or "default"
