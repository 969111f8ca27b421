lib: with lib.strings; {
  chars = stringToCharacters "héllo";
  len = stringLength "héllo";
  asciiTable = lib.strings.charToInt "A";
  levenshtein = levenshtein "kitten" "sitting";
  commonPrefix = commonPrefixLength "abcd" "abxy";
  commonSuffix = commonSuffixLength "xxcd" "abcd";
}
