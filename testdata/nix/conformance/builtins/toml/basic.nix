builtins.fromTOML ''
  name = "nix-k8s"
  version = 3
  ratio = 0.5
  enabled = true
''
