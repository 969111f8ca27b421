true.false
