let __curPos = 5; in builtins.typeOf __curPos
