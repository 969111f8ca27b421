map builtins.splitVersion [ "1.2.3pre4" "2023-01-01" "v1.0" "1..." "0" "1.2.3-rc.1+build.5" ]
