lib:
[ (lib.versions.pad 0 "1.2") (lib.versions.pad 1 "") (lib.versions.pad 2 "1.2.3-rc-4") ]
