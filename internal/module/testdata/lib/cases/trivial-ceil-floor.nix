lib:
[ (lib.ceil 1.2) (lib.floor 1.8) (lib.floor (-1.5)) ]
