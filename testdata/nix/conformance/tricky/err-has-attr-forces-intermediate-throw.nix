{ a = throw "intermediate"; } ? a.b
