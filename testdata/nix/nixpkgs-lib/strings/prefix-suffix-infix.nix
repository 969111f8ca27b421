lib: with lib.strings; {
  hasPrefix = [ (hasPrefix "foo" "foobar") (hasPrefix "bar" "foobar") ];
  hasSuffix = [ (hasSuffix ".nix" "a.nix") (hasSuffix "x" "") ];
  hasInfix = [ (hasInfix "ob" "foobar") (hasInfix "z" "foobar") ];
  removePrefix = removePrefix "foo" "foobar";
  removeSuffix = removeSuffix "bar" "foobar";
}
