builtins.typeOf http://example.com
