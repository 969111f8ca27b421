lib: lib.strings.toInt "4x2"
