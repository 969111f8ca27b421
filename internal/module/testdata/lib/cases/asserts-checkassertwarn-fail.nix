lib:
lib.asserts.checkAssertWarn [ { assertion = false; message = "broken"; } ] [ ] "value"
