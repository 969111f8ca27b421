lib:
lib.sort (a: b: lib.splitByAndCompare (lib.hasPrefix "foo") lib.compare lib.compare a b < 0) [ "bar" "fooz" "baz" "fooa" ]
