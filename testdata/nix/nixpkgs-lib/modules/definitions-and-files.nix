lib: let eval = lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { _file = "virtual-one.nix"; x = [ 1 ]; }
    { _file = "virtual-two.nix"; x = [ 2 ]; }
  ];
}; in { files = eval.options.x.files; defs = map (d: d.value) eval.options.x.definitionsWithLocations; highest = eval.options.x.highestPrio; }
