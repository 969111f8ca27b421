[ (toString 0.1) (toString (1.0 / 3)) (toString 1.0e20) (toString 123456789.0) (toString 2.5) ]
