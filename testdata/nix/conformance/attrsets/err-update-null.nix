null // { }
