let a-b = 1; a_b' = 2; _x = 3; A'' = 4; in [ a-b a_b' _x A'' ]
