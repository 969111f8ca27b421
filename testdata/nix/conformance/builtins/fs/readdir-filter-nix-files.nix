let entries = builtins.readDir ./_fix/tree;
in builtins.filter (n: entries.${n} == "regular" && builtins.match ".*\\.nix" n != null) (builtins.attrNames entries)
