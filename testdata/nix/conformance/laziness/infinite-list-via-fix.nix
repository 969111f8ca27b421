let nats = n: [ n ] ++ (if n > 100 then [ ] else nats (n + 1)); in builtins.elemAt (nats 0) 50
