lib:
lib.trivial.toBaseDigits 1 10
