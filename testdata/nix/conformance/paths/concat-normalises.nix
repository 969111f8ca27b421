toString (./_fix + "/sub/../x")
