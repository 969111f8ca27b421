lib:
lib.addErrorContext "while testing" 5
