let f = args@{ x, ... }: builtins.unsafeGetAttrPos "x" args; in builtins.removeAttrs (f { x = 1; }) [ "file" ]
