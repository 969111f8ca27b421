lib:
lib.head [ ]
