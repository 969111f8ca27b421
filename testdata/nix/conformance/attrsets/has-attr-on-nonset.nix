[ (1 ? a) (null ? a) ("s" ? a) ]
