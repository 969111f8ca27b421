lib:
[ (lib.generators.toKeyValue { } { a = "x"; b = 1; c = true; d = null; }) (lib.generators.toKeyValue { listsAsDuplicateKeys = true; } { k = [ "1" "2" ]; j = "3"; }) (lib.generators.toKeyValue { mkKeyValue = lib.generators.mkKeyValueDefault { } ":"; indent = "  "; } { "a:b" = 1.5; }) ]
