{ a = 1; # comment
  b = 2; /* block
 comment */ c = 3; }
