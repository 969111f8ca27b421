lib: (lib.evalModules {
  modules = [
    { freeformType = lib.types.attrsOf lib.types.int; options.known = lib.mkOption { type = lib.types.str; default = "k"; }; }
    { extra = 5; other = 6; }
  ];
}).config
