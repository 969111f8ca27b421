lib:
map lib.strings.sanitizeDerivationName [ "simple-name_1.0" "..hidden" "with spaces & stuff" "" "ünï©ode" ]
