magic + 1
