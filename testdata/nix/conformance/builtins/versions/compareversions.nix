with builtins; [ (compareVersions "1.0" "2.3") (compareVersions "2.1" "2.3") (compareVersions "2.3" "2.3") (compareVersions "2.5" "2.3") (compareVersions "3.1" "2.3") ]
