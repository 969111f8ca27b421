let
  show = v:
    if builtins.isAttrs v then "{ " + builtins.concatStringsSep " " (map (n: "${n} = ${show v.${n}};") (builtins.attrNames v)) + " }"
    else if builtins.isList v then "[ " + builtins.concatStringsSep " " (map show v) + " ]"
    else if builtins.isString v then "\"${v}\""
    else if v == null then "null"
    else if builtins.isBool v then (if v then "true" else "false")
    else toString v;
in show { a = [ 1 "two" null true ]; b = { c = 2.5; }; }
