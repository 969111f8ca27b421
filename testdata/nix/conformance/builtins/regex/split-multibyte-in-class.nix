builtins.split "[é]" "aéb"
