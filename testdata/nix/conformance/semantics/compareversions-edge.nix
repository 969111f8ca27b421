with builtins; [ (compareVersions "1.0" "1.0.0") (compareVersions "1.0a" "1.0b") (compareVersions "pre" "1") (compareVersions "1.2-3" "1.2.3") (compareVersions "" "") ]
