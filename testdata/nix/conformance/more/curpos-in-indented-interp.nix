let s = ''
    first
      ${toString __curPos.column}
''; in s
