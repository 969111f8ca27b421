lib: (lib.evalModules {
  modules = [
    { options.labels = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; }; }
    { labels.a = "1"; }
    { labels.b = "2"; }
    { labels = lib.mkIf false { c = "3"; }; }
  ];
}).config.labels
