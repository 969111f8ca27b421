[ (true && true) (false || false) (true -> true) ]
