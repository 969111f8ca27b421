lib: lib.filesystem.pathType ../_fix/tree
