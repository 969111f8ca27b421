lib:
[ (lib.stringToCharacters "abc") (lib.stringToCharacters "") (lib.stringAsChars (c: if c == "a" then "A" else c) "banana") ]
