[ (builtins.isPath ./_fix/x) (builtins.isPath "./_fix/x") (builtins.isPath (toString ./_fix/x)) ]
