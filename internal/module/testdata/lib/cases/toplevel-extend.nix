lib:
let lib2 = lib.extend (final: prev: { myHelper = x: final.toUpper x; strings = prev.strings // { toUpper = s: "UP:" + s; }; }); in [ (lib2.myHelper "a") (lib2.strings.toUpper "b") (lib2.toUpper "c") (lib ? myHelper) ]
