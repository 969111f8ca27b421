map (n: builtins.typeOf builtins.${n}) [ "true" "null" "nixVersion" "langVersion" "storeDir" "currentSystem" "builtins" "nixPath" ]
