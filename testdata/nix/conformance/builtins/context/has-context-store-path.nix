builtins.hasContext "${./has-context-store-path.nix}"
