lib:
lib.warn "this is a warning" 42
