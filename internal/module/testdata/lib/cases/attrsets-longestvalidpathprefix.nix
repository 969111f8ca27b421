lib:
[ (lib.attrsets.longestValidPathPrefix [ "a" "b" "c" ] { a.b = 1; }) (lib.attrsets.longestValidPathPrefix [ "x" ] { a = 1; }) (lib.attrsets.longestValidPathPrefix [ "a" ] { a = 1; }) ]
