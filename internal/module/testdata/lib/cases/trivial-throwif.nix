lib:
[ (lib.throwIf false "no" 1) (lib.throwIfNot true "no" 2) ]
