let s = "plain"; in [ (builtins.unsafeDiscardStringContext s == s) (builtins.appendContext s { } == s) (builtins.hasContext (builtins.unsafeDiscardStringContext s)) ]
