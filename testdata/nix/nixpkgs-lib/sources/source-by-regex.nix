lib: "${lib.sourceByRegex ../_fix/tree [ ".*\\.txt" "sub" ]}"
