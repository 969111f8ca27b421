let
  mods = {
    a = { imports = [ "b" "c" ]; value = 1; };
    b = { imports = [ "d" ]; value = 2; };
    c = { imports = [ "d" ]; value = 3; };
    d = { imports = [ ]; value = 4; };
  };
  closure = builtins.genericClosure {
    startSet = [ { key = "a"; } ];
    operator = item: map (k: { key = k; }) mods.${item.key}.imports;
  };
in map (x: x.key) closure
