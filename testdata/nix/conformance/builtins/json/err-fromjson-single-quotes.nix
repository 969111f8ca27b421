builtins.fromJSON "{\"a\": 'b'}"
