null + 1
