lib: (lib.fix (lib.extends (lib.toExtension { a = 5; }) (self: { a = 1; b = self.a; }))).b
