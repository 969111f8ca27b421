builtins.fromTOML ''
  hex = 0xff
  oct = 0o17
  bin = 0b101
  under = 1_000_000
  neg = -42
  exp = 5e2
  fl = -0.25
''
