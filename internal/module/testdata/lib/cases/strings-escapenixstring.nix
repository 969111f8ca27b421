lib:
[ (lib.strings.escapeNixString "hello\${}\n") (lib.strings.escapeNixString "tab\tquote\"") ]
