lib: "${lib.sourceFilesBySuffices ../_fix/tree [ ".txt" ]}"
