lib: with lib.attrsets; {
  collect = collect builtins.isInt { a = 1; b = { c = 2; d = "x"; }; };
  cartesian = cartesianProduct { x = [ 1 2 ]; y = [ "a" "b" ]; };
  isDerivation = [ (isDerivation { type = "derivation"; }) (isDerivation { }) ];
  optionalAttrs = optionalAttrs true { a = 1; } // optionalAttrs false { b = 2; };
  getAttrs = getAttrs [ "a" ] { a = 1; b = 2; };
  removeAttrs = removeAttrs { a = 1; b = 2; } [ "a" ];
  matchAttrs = [ (matchAttrs { a = 1; } { a = 1; b = 2; }) (matchAttrs { a = 2; } { a = 1; }) ];
  overrideExisting = overrideExisting { a = 1; b = 2; } { b = 3; c = 4; };
  showAttrPath = showAttrPath [ "a" "b c" "d" ];
}
