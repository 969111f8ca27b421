lib:
lib.assertOneOf "color" "blue" [ "red" "green" ]
