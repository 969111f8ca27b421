[ (builtins.match "(.)" "é") (builtins.match "(..)" "é") (builtins.match "é+" "éé") ]
