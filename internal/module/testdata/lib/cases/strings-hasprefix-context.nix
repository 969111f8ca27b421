lib:
let s = lib.addContextFrom "ctx" "prefix-rest"; in [ (lib.hasPrefix "prefix" s) (lib.removePrefix "prefix-" s) (lib.splitString "-" s) ]
