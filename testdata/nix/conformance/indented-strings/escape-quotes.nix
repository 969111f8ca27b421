''
  two quotes: '''
  dollar: ''${not interpolated}
  newline escape: ''\n
  tab escape: ''\t
  backslash: ''\\
''
