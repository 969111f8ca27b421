lib: with lib.generators; {
  kv = toKeyValue { } { a = 1; b = "x"; };
  kvSep = toKeyValue { mkKeyValue = mkKeyValueDefault { } ":"; } { a = 1; };
  kvList = toKeyValue { listsAsDuplicateKeys = true; } { a = [ 1 2 ]; };
}
