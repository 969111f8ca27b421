"${{ outPath = "/nix/store/aaa-x"; }}/bin"
