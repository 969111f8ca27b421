"${./_fix/tree}"
