assert (builtins.seq 1 true); "fine"
