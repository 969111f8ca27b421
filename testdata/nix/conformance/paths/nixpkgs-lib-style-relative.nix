let
  base = toString ./.;
  rel = p: builtins.substring (builtins.stringLength base + 1) (-1) (toString p);
in rel ./_fix/sub/y.txt
