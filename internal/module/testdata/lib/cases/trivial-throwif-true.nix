lib:
lib.throwIf true "it failed" 1
