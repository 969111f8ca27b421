{ lib }:
with lib.types;
[
  (str.check "a") (str.check 1) (int.check 1) (bool.check null)
  (port.check 80) (port.check 65536) ((ints.between 1 3).check 2) ((ints.between 1 3).check 4)
  (ints.u8.check 255) (ints.s8.check (-129)) ((nullOr int).check null) ((listOf int).check [ "x" ])
  ((enum [ "a" ]).check "a") ((strMatching "a+").check "aaa") (nonEmptyStr.check "") (attrs.check { })
  (path.check "/x") (path.check "x") ((either int str).check true) (anything.check (x: x))
  ((submodule { }).check { }) ((coercedTo int toString str).check 1) (float.check 1.0) (number.check 2)
]
