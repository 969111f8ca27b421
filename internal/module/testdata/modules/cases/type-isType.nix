{ lib }:
[ (lib.isOptionType lib.types.str) (lib.isOptionType { }) (lib.isType "option-type" lib.types.int)
  (lib.isOption (lib.mkOption { })) (lib.isOption { }) ]
