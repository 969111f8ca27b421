builtins.split "[[:space:]]" "a b\tc\nd"
