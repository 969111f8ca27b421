let a = 5; in rec { inherit a; b = a * 2; }
