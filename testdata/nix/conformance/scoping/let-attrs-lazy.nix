let a = throw "unused"; b = 2; in b
