builtins.concatStringsSep "," [ ./concatstringssep-path-copies.nix "x" ]
