lib:
[ (lib.attrByPath [ "a" "b" ] 0 { a.b = 6; }) (lib.attrByPath [ "a" "c" ] 0 { a.b = 6; }) (lib.attrByPath [ ] 0 { a = 1; }) (lib.attrByPath [ "a" "b" ] "d" { a = 5; }) ]
