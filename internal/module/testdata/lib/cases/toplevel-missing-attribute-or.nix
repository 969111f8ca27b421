lib:
lib.noSuchFunctionAnywhere or "fallback"
