lib:
map (n: builtins.isAttrs lib.${n}) [ "attrsets" "lists" "strings" "trivial" "fixedPoints" "versions" "asserts" "debug" "generators" "options" "modules" "types" ]
