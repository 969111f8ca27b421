rec { a = "k"; ${"b"} = a; }
