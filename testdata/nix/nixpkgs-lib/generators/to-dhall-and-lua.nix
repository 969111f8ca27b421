lib: with lib.generators; {
  dhall = toDhall { } { a = 1; b = [ "x" ]; c = true; };
  lua = toLua { } { a = 1; b = [ "x" true ]; };
  plist = toPlist { } { a = 1; b = "x"; };
}
