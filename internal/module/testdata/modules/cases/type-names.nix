{ lib }:
with lib.types;
map (t: t.name) [
  bool int str float port (ints.between 0 5) ints.u8 ints.s16 ints.unsigned lines commas
  (enum [ ]) attrs anything raw unspecified (nullOr str) (listOf str) (attrsOf str) (lazyAttrsOf str)
  (either int str) (coercedTo int toString str) (functionTo int) (submodule { }) (strMatching "a")
]
