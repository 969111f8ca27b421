lib:
[ (lib.assertMsg true "fine") (builtins.tryEval (lib.assertMsg false "oops")) ]
