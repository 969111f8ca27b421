lib:
lib.toShellVar "0bad" "x"
