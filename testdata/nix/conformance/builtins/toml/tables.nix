builtins.fromTOML ''
  [server]
  host = "localhost"
  port = 8080

  [server.tls]
  enabled = false

  [[items]]
  id = 1
  [[items]]
  id = 2
''
