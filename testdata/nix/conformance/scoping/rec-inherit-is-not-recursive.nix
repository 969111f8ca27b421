let x = "outer"; in rec { x = "inner"; y = { inherit x; }; }
