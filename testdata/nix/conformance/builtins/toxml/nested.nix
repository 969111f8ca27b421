builtins.toXML { a = { b = [ { } [ ] ]; }; "quoted key" = "v"; }
