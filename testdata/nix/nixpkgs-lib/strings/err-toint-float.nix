lib: lib.strings.toInt "1.5"
