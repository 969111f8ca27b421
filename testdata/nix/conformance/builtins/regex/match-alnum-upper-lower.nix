map (s: builtins.match "([[:upper:]][[:lower:]]*)([[:alnum:]_]*)" s) [ "Hello_W0rld" "hello" ]
