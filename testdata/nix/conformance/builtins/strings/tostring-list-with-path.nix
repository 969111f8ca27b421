toString [ ./tostring-list-with-path.nix "x" ]
