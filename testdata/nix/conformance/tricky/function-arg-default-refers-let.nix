let d = 5; f = { x ? d }: x; in f { }
