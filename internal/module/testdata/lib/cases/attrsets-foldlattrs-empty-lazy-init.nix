lib:
lib.foldlAttrs (acc: n: v: throw "not called") 42 { }
