lib:
lib.strings.escapeC [ " " "\t" ] "foo bar\tbaz"
