lib:
[ (lib.assertOneOf "color" "red" [ "red" "green" ]) (builtins.tryEval (lib.assertOneOf "color" "blue" [ "red" "green" ])) ]
