"${./_fix/tree/link-to-a}"
