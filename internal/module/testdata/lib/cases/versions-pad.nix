lib:
[ (lib.versions.pad 3 "1.2") (lib.versions.pad 2 "1.2.3") (lib.versions.pad 3 "1-rc1") (lib.versions.pad 3 "1.2-beta") ]
