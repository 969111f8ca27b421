lib:
map (p: lib.versions.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) [ [ "1.0" "2.3" ] [ "2.1" "2.1" ] [ "2.3" "2.1" ] [ "1.0pre" "1.0" ] [ "1.0" "1.0a" ] [ "2.3.1" "2.3" ] ]
