map (s: builtins.match "[[:alpha:]_][[:alnum:]_-]*" s) [ "ab_c-1" "-x" "_" ]
