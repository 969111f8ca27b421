map builtins.splitVersion [ "1.2.3" "1.2a" "2.0-rc1" "" "1..2" "abc" "1_2-3.4" ]
