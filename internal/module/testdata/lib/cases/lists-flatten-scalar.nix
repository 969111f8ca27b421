lib:
[ (lib.flatten 7) (lib.flatten [ ]) ]
