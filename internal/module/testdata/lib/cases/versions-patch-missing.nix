lib:
lib.versions.patch "1.2"
