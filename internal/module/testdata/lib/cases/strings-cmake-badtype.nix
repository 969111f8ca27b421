lib:
lib.cmakeOptionType "weird" "A" "b"
