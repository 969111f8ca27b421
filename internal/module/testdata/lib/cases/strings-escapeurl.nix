lib:
[ (lib.escapeURL "foo/bar baz?q=1&x=ä") (lib.escapeURL "-_.~AZaz09") ]
