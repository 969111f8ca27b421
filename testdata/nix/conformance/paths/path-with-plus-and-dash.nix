toString ./a-b_c+d.e/f
