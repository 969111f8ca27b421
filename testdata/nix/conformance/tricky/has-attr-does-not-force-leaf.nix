{ a = { b = throw "leaf"; }; } ? a.b
