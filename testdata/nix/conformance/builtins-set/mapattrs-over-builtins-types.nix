let b = builtins; in builtins.typeOf b.currentSystem
