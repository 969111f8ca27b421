toString (./_fix + "/")
