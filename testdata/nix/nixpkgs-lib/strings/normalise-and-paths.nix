lib: with lib.strings; {
  normalizePath = normalizePath "/a//b///c";
  isStorePath = [ (isStorePath "/nix/store/00000000000000000000000000000000-x") (isStorePath "/tmp/x") ];
  isValidPosixName = [ (lib.strings.isValidPosixName "foo_bar") (lib.strings.isValidPosixName "1x") ];
  optionalString = optionalString true "yes" + optionalString false "no";
}
