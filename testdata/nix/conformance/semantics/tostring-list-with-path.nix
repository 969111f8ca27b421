toString [ "a" 1 ]
