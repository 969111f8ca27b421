lib:
[ (lib.optionalString true "some") (lib.optionalString false "some") (lib.optionalString false (throw "lazy")) ]
