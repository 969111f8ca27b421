let f = { x ? throw "default" }: 1; in f { }
