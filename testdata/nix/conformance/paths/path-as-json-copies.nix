./_fix/x
