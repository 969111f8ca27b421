with builtins; [ (hasAttr "a" { a = throw "value not forced"; }) (hasAttr "__functor" { __functor = s: s; }) (hasAttr "a.b" { a.b = 1; }) (hasAttr "a.b" { "a.b" = 1; }) ]
