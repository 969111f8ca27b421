[ (builtins.match "(.)(.*)" "éa") (builtins.split "é" "aéb") ]
