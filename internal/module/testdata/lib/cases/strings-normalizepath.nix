lib:
[ (lib.strings.normalizePath "//a//b///c/") (lib.strings.normalizePath "") ]
