lib:
[ (lib.strings.toSentenceCase "hello WORLD") (lib.strings.toCamelCase "hello-world_foo bar") (lib.strings.toCamelCase "fooBar-baz") (lib.strings.toCamelCase "") ]
