with builtins; [ (dirOf "a//b//") (baseNameOf "a//b//") (dirOf "//a") (baseNameOf "//") ]
