lib: with lib.types; {
  str = [ (str.check "a") (str.check 1) ];
  int = [ (int.check 1) (int.check 1.0) ];
  enum = [ ((enum [ "a" "b" ]).check "a") ((enum [ "a" "b" ]).check "c") ];
  nullOr = [ ((nullOr int).check null) ((nullOr int).check "x") ];
  either = [ ((either int str).check "x") ((either int str).check true) ];
  port = [ (port.check 80) (port.check 70000) ];
  ints = [ ((ints.between 1 5).check 3) (ints.positive.check 0) (ints.unsigned.check 0) ];
  names = map (t: t.name) [ str int bool (listOf str) (attrsOf int) (nullOr str) (enum [ "a" ]) ];
  descriptions = map (t: t.description) [ (listOf str) (attrsOf (nullOr int)) (enum [ "a" "b" ]) (either int str) ];
}
