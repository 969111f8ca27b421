builtins.replaceStrings [ "nix" ] [ "NIX" ] ./replacestrings-path-subject.nix
