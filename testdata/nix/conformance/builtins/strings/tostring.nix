map toString [ 1 (-2) "s" true false null [ 1 "a" null [ true ] ] 1.5 ]
