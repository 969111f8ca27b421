let args = "outer"; in (args@{ ... }: args) { x = 1; }
