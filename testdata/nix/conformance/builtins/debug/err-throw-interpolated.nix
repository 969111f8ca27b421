let n = 3; in throw "failed after ${toString n} tries"
