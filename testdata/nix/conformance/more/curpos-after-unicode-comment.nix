# ünïcödé comment ✓
let /* ✓✓ */ p = __curPos; in [ p.line p.column ]
