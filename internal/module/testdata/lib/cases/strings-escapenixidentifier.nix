lib:
map lib.strings.escapeNixIdentifier [ "hello" "0abc" "foo-bar'" "if" "with space" "_x" "rec" "inheritx" ]
