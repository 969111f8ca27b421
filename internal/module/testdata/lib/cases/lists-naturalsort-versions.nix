lib:
lib.naturalSort [ "1.10" "1.2" "1.1.1" "10" "9a" "9" ]
