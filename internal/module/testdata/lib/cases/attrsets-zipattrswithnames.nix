lib:
lib.zipAttrsWithNames [ "a" "z" ] (name: vs: vs) [ { a = 1; b = 2; } { a = 3; } ]
