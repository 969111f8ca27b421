assert 1; "never"
