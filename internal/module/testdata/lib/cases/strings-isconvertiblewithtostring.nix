lib:
map lib.strings.isConvertibleWithToString [ "x" 1 1.5 true null [ 1 "a" [ null ] ] [ { } ] { } (x: x) ]
