lib:
lib.mapAttrsToList (name: value: "${name}=${toString value}") { z = 26; a = 1; m = 13; }
