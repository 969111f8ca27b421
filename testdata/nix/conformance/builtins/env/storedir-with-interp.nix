"${builtins.storeDir}/abc"
