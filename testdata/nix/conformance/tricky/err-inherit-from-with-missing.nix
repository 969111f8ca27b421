with { a = 1; }; { inherit b; }
