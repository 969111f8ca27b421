lib:
lib.replicate (-1) "x"
