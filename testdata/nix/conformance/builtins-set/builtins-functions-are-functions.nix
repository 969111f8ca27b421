builtins.all (n: builtins.isFunction builtins.${n}) [ "map" "filter" "head" "attrNames" "toJSON" "match" ]
