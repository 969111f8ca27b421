lib:
[ (lib.concatLines [ "a" "b" ]) (lib.concatLines [ ]) (lib.concatLines [ "" ]) ]
