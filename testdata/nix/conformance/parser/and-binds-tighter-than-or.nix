[ (true || false && false) (false && false || true) ]
