lib:
[ (lib.recurseIntoAttrs { a = 1; }) (lib.dontRecurseIntoAttrs { a = 1; }) ]
