lib:
[ (lib.strings.unsafeDiscardStringContext "plain") (builtins.hasContext (lib.unsafeDiscardStringContext "x")) (builtins.isString lib.strings.storeDir) (lib.strings.appendContext "s" { }) ]
