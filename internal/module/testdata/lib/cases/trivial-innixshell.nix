lib:
[ lib.inNixShell lib.trivial.inNixShell ]
