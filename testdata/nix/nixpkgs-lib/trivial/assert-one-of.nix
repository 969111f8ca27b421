lib: lib.asserts.assertOneOf "color" "red" [ "red" "green" ]
