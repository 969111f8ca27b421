lib:
let
  names = [ "mkOption" "mkIf" "mkDefault" "mkForce" "mkMerge" "mkOverride" "mkOptionDefault" "mkOrder" "mkBefore" "mkAfter" "mkEnableOption" "literalExpression" "literalMD" "evalModules" "mkAliasOptionModule" "mkRenamedOptionModule" "mkRemovedOptionModule" "types" "isType" "setType" "mkOptionType" "isOption" "showOption" "mergeOneOption" "mergeEqualOption" "getValues" "getFiles" "filterOverrides" "dischargeProperties" "setDefaultModuleLocation" ];
in
[ (builtins.filter (n: !(lib ? ${n})) names) (builtins.isFunction lib.mkIf) (builtins.isAttrs lib.types) (lib.types ? str) ]
