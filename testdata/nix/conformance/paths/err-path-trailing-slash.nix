./_fix/
