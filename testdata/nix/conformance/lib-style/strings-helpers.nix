let lib = import ./_lib; in {
  prefix = [ (lib.hasPrefix "foo" "foobar") (lib.hasPrefix "bar" "foobar") ];
  suffix = [ (lib.hasSuffix ".nix" "default.nix") (lib.hasSuffix ".nix" "nix") ];
  removed = lib.removePrefix "/nix/store/" "/nix/store/abc-hello";
  split = lib.splitString "." "1.22.3";
  splitSpecial = lib.splitString "|" "a|b||c";
  upper = lib.toUpper "hello, World!";
  shell = lib.escapeShellArg "it's";
  chars = lib.stringToCharacters "abc";
  concat = lib.concatMapStrings (x: "<${x}>") [ "a" "b" ];
}
