builtins.hashFile "crc32" ./_fix/text.txt
