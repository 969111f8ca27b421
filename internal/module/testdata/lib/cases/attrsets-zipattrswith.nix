lib:
lib.zipAttrsWith (name: values: { inherit name; n = builtins.length values; }) [ { a = 1; } { a = 2; b = 3; } ]
