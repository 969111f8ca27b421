let f = import ./_fix/fn.nix; in [ (f { name = "a"; }) (f { name = "b"; greeting = "hi"; }) ]
