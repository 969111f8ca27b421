let lib = import ./_lib; in {
  l = lib.optional true 1 ++ lib.optional false 2 ++ lib.optionals true [ 3 4 ];
  a = lib.optionalAttrs false { x = 1; } // lib.optionalAttrs true { y = 2; };
  s = lib.optionalString true "yes" + lib.optionalString false "no";
}
