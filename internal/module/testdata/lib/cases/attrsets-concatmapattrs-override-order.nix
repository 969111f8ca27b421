lib:
lib.concatMapAttrs (name: value: { common = name; }) { b = 1; a = 2; c = 3; }
