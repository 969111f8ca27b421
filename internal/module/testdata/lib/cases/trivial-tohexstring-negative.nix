lib:
lib.toHexString (-1)
