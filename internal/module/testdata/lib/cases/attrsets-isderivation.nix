lib:
[ (lib.isDerivation { type = "derivation"; }) (lib.isDerivation { type = "other"; }) (lib.isDerivation { }) (lib.isDerivation 5) (lib.isDerivation "derivation") (lib.isDerivation null) ]
