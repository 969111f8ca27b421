lib: lib.throwIfNot false "condition failed" 1
