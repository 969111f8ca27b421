{ lib }:
with lib.types;
map (t: t.description) [
  bool int str float number port (ints.between 0 5) ints.unsigned ints.positive ints.u8 ints.u16 ints.u32
  ints.s8 ints.s16 ints.s32 nonEmptyStr singleLineStr (strMatching "x.*") lines commas (separatedString "")
  (enum [ ]) (enum [ "a" ]) (enum [ "a" 1 ]) path attrs anything raw unspecified
  (nullOr str) (nullOr (listOf str)) (nullOr (either int str)) (listOf str) (listOf (listOf str))
  (listOf (nullOr str)) (attrsOf str) (attrsOf (attrsOf int)) (lazyAttrsOf bool) (listOf (either int str))
  (either int str) (either (listOf int) str) (either int (listOf str)) (either ints.unsigned str)
  (oneOf [ int str bool ]) (coercedTo int toString str) (uniq str) (functionTo int) (functionTo (listOf int))
  (submodule { }) (attrsOf (submodule { })) (nullOr (submodule { })) (attrsOf (nullOr str))
  (submodule { freeformType = attrsOf str; }) (listOf (submodule { freeformType = attrsOf (listOf int); }))
  numbers.nonnegative (numbers.between 0 1) (either (nullOr str) int) (either ints.positive (nullOr str))
]
