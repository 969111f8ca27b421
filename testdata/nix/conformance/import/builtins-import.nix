(builtins.import ./_fix/value.nix).list
