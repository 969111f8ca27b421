lib:
[ (lib.generators.toPretty { allowPrettyValues = true; } { __pretty = v: "<${toString v}>"; val = 5; }) (lib.generators.toPretty { } { __pretty = v: "<${toString v}>"; val = 5; }) ]
