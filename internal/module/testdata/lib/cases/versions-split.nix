lib:
[ (lib.versions.splitVersion "1.2.3") (lib.splitVersion "1.2pre4-rc5") (lib.versions.splitVersion "") ]
