map toString [ 1.0 0.5 1.0e-7 123.456 ]
