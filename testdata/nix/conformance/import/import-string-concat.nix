import "${toString ./_fix}/value.nix"
