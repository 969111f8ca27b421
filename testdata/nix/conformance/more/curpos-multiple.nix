map (p: [ p.line p.column ]) [ __curPos
  __curPos
      __curPos ]
