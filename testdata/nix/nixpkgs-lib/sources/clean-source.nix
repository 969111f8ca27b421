lib: "${lib.cleanSource ../_fix/tree}"
