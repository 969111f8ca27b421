lib:
[ (lib.versionOlder "1.1" "1.2") (lib.versionOlder "1.1" "1.1") (lib.versionAtLeast "1.1" "1.0") (lib.versionAtLeast "1.1" "1.1") (lib.versionAtLeast "1.1" "1.2") (lib.versionOlder "1.10" "1.9") (lib.versionAtLeast "2.3pre1" "2.3") ]
