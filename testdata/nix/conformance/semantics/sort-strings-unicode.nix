builtins.sort builtins.lessThan [ "é" "e" "z" "É" "E" ]
