(import ./_fix/dir).sibling == (import ./_fix/dir/default.nix).sibling
