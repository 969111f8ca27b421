let name = "nix"; in ''
  hello ${name}
    indented ${name}
''
