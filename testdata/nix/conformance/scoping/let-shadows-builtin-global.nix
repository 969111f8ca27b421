let toString = x: "mine"; in toString 1
