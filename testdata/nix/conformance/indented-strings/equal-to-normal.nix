''
  a
  b
'' == "a\nb\n"
