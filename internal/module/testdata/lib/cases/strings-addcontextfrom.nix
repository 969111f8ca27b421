lib:
[ (lib.addContextFrom "source" "target") (builtins.hasContext (lib.addContextFrom "a" "b")) ]
