[ (true -> false -> false) (false -> false -> false) ]
