lib:
lib.generators.toINI { } { main = { name = "x"; port = 80; }; "sec[1]" = { on = false; }; }
