builtins.hashFile "md5" ./_fix/empty.txt == builtins.hashString "md5" ""
