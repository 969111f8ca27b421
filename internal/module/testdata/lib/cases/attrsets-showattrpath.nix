lib:
[ (lib.showAttrPath [ "foo" "10" "bar" ]) (lib.showAttrPath [ ]) (lib.showAttrPath [ "a b" "if" "ok-'x" ]) ]
