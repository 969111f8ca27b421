lib:
[ (lib.hasAttrByPath [ "a" "b" ] { a.b = null; }) (lib.hasAttrByPath [ "a" "c" ] { a.b = 1; }) (lib.hasAttrByPath [ ] 5) (lib.hasAttrByPath [ "a" "b" ] { a = 3; }) ]
