let v = "a\nb"; in ''
    x ${v}
    y
''
