lib:
lib.naturalSort [ "disk11" "disk8" "disk100" "disk9" "Disk1" "disk" "disk08" "disk0" ]
