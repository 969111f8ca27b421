lib:
[ lib.strings.lowerChars lib.strings.upperChars (builtins.length lib.lowerChars) ]
