let lib = import ./_lib; in {
  gen = lib.genAttrs [ "x" "y" ] (n: "val-${n}");
  renamed = lib.mapAttrs' (n: v: lib.nameValuePair "new_${n}" (v * 2)) { a = 1; b = 2; };
  list = lib.mapAttrsToList (n: v: "${n}=${toString v}") { b = 2; a = 1; };
  filtered = lib.filterAttrs (n: v: v > 1) { a = 1; b = 2; c = 3; };
  byPath = [ (lib.attrByPath [ "a" "b" ] "dflt" { a.b = "found"; }) (lib.attrByPath [ "a" "x" ] "dflt" { a.b = 1; }) ];
  setPath = lib.setAttrByPath [ "a" "b" "c" ] 1;
}
