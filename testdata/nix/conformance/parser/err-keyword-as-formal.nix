({ if }: if) { }
