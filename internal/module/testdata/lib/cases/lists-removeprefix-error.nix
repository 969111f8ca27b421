lib:
lib.lists.removePrefix [ 2 ] [ 1 2 ]
