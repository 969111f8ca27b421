map (s: builtins.match "[0-9]{3}" s) [ "123" "12" "1234" ]
