let k = "dyn"; s = { "quoted key" = 1; ${k} = 2; }; in map (n: let p = builtins.unsafeGetAttrPos n s; in if p == null then null else builtins.removeAttrs p [ "file" ]) [ "quoted key" "dyn" ]
