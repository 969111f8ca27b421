lib:
lib.naturalSort [ "a00" "a0" "a000" "a01" "a1" "a001" "a10" "a010" ]
