''
  it's fine
  'quoted'
''
