map builtins.parseDrvName [ "python3.11-requests-2.31.0" "foo-2bar" "-1.0" "foo-" ]
