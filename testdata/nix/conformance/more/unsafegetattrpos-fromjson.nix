builtins.unsafeGetAttrPos "a" (builtins.fromJSON ''{"a":1}'')
