lib:
map lib.isValidPosixName [ "foo_bar000" "0foo" "_" "a-b" "" ]
