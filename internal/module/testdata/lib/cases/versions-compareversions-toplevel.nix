lib:
[ (lib.strings.compareVersions "1.2" "1.10") (lib.versions.compareVersions "1.31.0" "1.31") ]
