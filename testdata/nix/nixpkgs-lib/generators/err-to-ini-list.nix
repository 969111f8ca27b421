lib: lib.generators.toINI { } { s = { d = [ 1 2 ]; }; }
