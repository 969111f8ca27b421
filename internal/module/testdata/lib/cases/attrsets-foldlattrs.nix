lib:
lib.foldlAttrs (acc: name: value: acc // { sum = acc.sum + value; names = acc.names ++ [ name ]; }) { sum = 0; names = [ ]; } { c = 3; a = 1; b = 2; }
