lib:
[ (lib.defaultTo 1 null) (lib.defaultTo 1 2) (lib.defaultTo 1 false) (lib.mapNullable (x: x + 1) null) (lib.mapNullable (x: x + 1) 1) ]
