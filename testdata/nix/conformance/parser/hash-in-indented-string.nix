''
  # kept
  /* kept */
''
