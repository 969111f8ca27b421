{ a = throw "intermediate"; }.a.b or 1
