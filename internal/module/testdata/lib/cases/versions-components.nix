lib:
[ (lib.versions.major "1.2.3") (lib.versions.minor "1.2.3") (lib.versions.patch "1.2.3") (lib.versions.majorMinor "1.2.3") (lib.versions.majorMinor "1") (lib.versions.major "1.31") ]
