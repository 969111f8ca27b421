lib:
builtins.filter (n: lib ? ${n}) [ "levenshtein" "escapeNixString" "escapeNixIdentifier" "toHexString2" "fromHexString" "major" "generators" "toPretty" "findFirstIndex" "charToInt" "commonPrefix" "longestValidPathPrefix" "takeEnd" "trimWith" ]
