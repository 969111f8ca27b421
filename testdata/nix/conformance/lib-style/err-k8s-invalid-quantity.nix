let
  parseCpu = s: let m = builtins.match "([0-9]+)m?" s; in if m == null then throw "invalid CPU quantity '${s}'" else builtins.fromJSON (builtins.head m);
in map parseCpu [ "500m" "2" "lots" ]
