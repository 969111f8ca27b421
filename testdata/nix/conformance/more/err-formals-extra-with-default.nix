let f = { a ? 1 }: a; in f { b = 2; }
