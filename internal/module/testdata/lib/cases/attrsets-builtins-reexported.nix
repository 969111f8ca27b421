lib:
[ (lib.attrNames { b = 1; a = 2; }) (lib.attrValues { b = 1; a = 2; }) (lib.catAttrs "a" [ { a = 1; } { b = 0; } { a = 2; } ]) (lib.listToAttrs [ { name = "x"; value = 1; } ]) (lib.mapAttrs (n: v: v + 1) { a = 1; }) (lib.attrsets.getAttr "a" { a = 7; }) (lib.hasAttr "a" { }) (lib.intersectAttrs { a = 0; } { a = 1; b = 2; }) (lib.removeAttrs { a = 1; b = 2; } [ "a" ]) ]
