lib: with lib.strings; {
  upper = toUpper "Hello, World";
  lower = toLower "Hello, World";
  trim = trim "  padded \t\n";
  trimLeft = trimWith { start = true; } "  x  ";
  replicate = replicate 3 "ab";
}
