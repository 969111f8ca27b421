map (s: builtins.match "([[:xdigit:]]+)([[:punct:]]?)" s) [ "deadBEEF!" "xyz" "00" ]
