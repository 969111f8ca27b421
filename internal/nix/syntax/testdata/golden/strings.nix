{
  plain = "a\tb\n\${x} $${y}";
  interp = "pre-${a.b or "d"}-post";
  indented = ''
    line one
      nested ${toString 1}
    ''${escaped} '''quoted'''
  '';
  path = ./dir/${name}.nix;
  home = ~/x;
  search = <nixpkgs/lib>;
  uri = https://example.org/a?b=c;
}
