lib:
[ (lib.nameFromURL "https://nixos.org/releases/nix/nix-1.7/nix-1.7-x86_64-linux.tar.bz2" "-") (lib.nameFromURL "a/b/c.tar" ".") ]
