import ./_fix/edge/comment-only.nix
