toString (./_fix + "/sub/y.txt")
