lib:
lib.escapeShellArgs [ "one" "two three" "four'five" ]
