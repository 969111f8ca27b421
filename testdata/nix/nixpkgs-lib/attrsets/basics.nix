lib: with lib.attrsets; {
  attrByPath = attrByPath [ "a" "b" ] "dflt" { a.b = 1; };
  attrByPathMissing = attrByPath [ "a" "x" ] "dflt" { a.b = 1; };
  hasAttrByPath = hasAttrByPath [ "a" "b" ] { a.b = 1; };
  setAttrByPath = setAttrByPath [ "a" "b" ] 3;
  getAttrFromPath = getAttrFromPath [ "a" "b" ] { a.b = 4; };
  attrVals = attrVals [ "a" "c" ] { a = 1; b = 2; c = 3; };
  catAttrs = catAttrs "x" [ { x = 1; } { y = 2; } ];
  genAttrs = genAttrs [ "p" "q" ] (n: "v-${n}");
}
