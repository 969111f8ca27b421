lib:
lib.testAllTrue [ true false ]
