import ./_fix/edge/trailing-comment.nix
