let s = { "1" = "one"; }; in s."1"
