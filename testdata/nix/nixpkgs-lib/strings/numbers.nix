lib: with lib.strings; {
  toInt = [ (toInt "42") (toInt "-7") (toInt " 3 ") ];
  toIntBase10 = toIntBase10 "0012";
  fixedWidth = fixedWidthNumber 5 42;
  fixedWidthString = fixedWidthString 4 "0" "7";
  floatToString = floatToString 0.5;
}
