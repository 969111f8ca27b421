let s = { foo-bar = 1; }; k = "bar"; in s."foo-${k}"
