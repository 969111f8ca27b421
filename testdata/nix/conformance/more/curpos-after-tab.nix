let	p =	__curPos; in p.column
