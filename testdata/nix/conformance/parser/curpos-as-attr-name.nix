let x = { __curPos = 1; }; in x.__curPos
