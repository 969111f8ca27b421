map builtins.splitVersion [ "1.0-" "-1" "..1" "1a2b3" "1.2.3-pre-4" ]
