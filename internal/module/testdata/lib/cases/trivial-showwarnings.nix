lib:
lib.trivial.showWarnings [ "first" "second" ] { value = 1; }
