lib:
lib.trivial.info "note" 7
