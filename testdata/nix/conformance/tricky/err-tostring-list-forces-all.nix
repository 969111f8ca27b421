toString [ 1 (throw "elem") ]
