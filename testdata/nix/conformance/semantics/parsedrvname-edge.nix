map builtins.parseDrvName [ "hello" "hello-" "hello-1" "hello-world-1" "a-1b-2" "1-2" ]
