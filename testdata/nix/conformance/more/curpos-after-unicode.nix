let x = "éé"; p = __curPos; in [ p.line p.column ]
