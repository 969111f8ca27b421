lib:
lib.last [ ]
