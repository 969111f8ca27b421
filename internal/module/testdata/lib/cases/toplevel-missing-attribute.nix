lib:
lib.noSuchFunctionAnywhere
