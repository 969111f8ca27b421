lib:
[ (lib.asserts.assertEachOneOf "xs" [ "a" ] [ "a" "b" ]) (builtins.tryEval (lib.asserts.assertEachOneOf "xs" [ "a" "c" ] [ "a" "b" ])) ]
