lib:
builtins.seq (builtins.attrNames lib) (builtins.all (n: builtins.isAttrs lib.${n}) [ "attrsets" "lists" "strings" ])
