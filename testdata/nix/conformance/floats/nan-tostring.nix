let inf = 1.0e308 * 10; in [ (toString (inf - inf)) (toString inf) (toString (-inf)) ]
