let go = n: if n == 0 then 0 else 1 + go (n - 1); in go 1000000
