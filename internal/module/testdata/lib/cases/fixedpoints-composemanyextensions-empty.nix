lib:
lib.fix (lib.extends (lib.composeManyExtensions [ ]) (final: { a = 1; }))
