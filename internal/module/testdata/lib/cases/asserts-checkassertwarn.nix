lib:
lib.asserts.checkAssertWarn [ { assertion = true; message = "fine"; } ] [ "a warning" ] "value"
