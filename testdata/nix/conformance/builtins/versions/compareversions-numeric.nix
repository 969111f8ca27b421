with builtins; [ (compareVersions "1.10" "1.9") (compareVersions "1.01" "1.1") (compareVersions "1.a" "1.b") (compareVersions "" "1") ]
