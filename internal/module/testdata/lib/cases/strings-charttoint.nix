lib:
map lib.strings.charToInt [ "A" " " "~" "\n" ]
