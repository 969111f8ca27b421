{ a = throw "forced"; } == { a = 1; }
