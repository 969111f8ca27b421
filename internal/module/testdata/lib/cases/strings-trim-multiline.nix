lib:
lib.trim "  line1\n  line2  "
