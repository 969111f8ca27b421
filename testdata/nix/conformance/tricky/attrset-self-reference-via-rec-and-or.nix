rec { a = b.c or "none"; b = { }; }
