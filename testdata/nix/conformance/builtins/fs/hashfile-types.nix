map (t: builtins.hashFile t ./_fix/text.txt) [ "md5" "sha1" "sha256" "sha512" ]
