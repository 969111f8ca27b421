toString (builtins.dirOf ./_fix/tree/a.txt)
