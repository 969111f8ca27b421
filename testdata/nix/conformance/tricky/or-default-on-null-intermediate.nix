{ a = null; }.a.b or "d"
