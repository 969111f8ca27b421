lib:
[ (lib.mutuallyExclusive [ 1 2 ] [ 3 4 ]) (lib.mutuallyExclusive [ 1 2 ] [ 2 ]) (lib.mutuallyExclusive [ ] [ 1 ]) ]
