(builtins.unsafeGetAttrPos "a" { a = 1; }).file
