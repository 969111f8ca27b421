builtins.fromTOML ''
  ints = [ 1, 2, 3 ]
  mixed = [ [ 1 ], [ "a", "b" ] ]
  inline = { a = 1, b = { c = "d" } }
''
