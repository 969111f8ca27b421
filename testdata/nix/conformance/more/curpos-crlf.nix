[
  __curPos.line
]
