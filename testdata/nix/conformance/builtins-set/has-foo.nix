[ (builtins ? foo) (builtins ? map) (builtins ? builtins) (builtins ? fromTOML) ]
