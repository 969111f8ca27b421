lib:
lib.foldlAttrs (acc: n: v: acc ++ [ "${n}${toString v}" ]) [ ] { z = 1; b = 2; a = 3; "Z" = 4; "_" = 5; }
