builtins.unsafeDiscardStringContext "prefix-${toString 5}"
