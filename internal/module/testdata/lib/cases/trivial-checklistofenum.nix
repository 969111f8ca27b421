lib:
[ (lib.checkListOfEnum "test" [ "a" "b" ] [ "a" ] "ok") (builtins.tryEval (lib.checkListOfEnum "test" [ "a" "b" ] [ "c" ] "bad")).success ]
