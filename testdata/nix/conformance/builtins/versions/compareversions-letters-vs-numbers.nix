with builtins; [ (compareVersions "1.a" "1.1") (compareVersions "2.3.1" "2.3a") (compareVersions "1pre" "1") (compareVersions "1.0pre" "1.0") ]
