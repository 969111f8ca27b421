lib: lib.asserts.assertOneOf "color" "blue" [ "red" "green" ]
