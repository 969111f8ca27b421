lib: (lib.evalModules {
  modules = [
    { options.name = lib.mkOption { type = lib.types.str; default = "default-name"; }; }
    { options.replicas = lib.mkOption { type = lib.types.int; default = 1; }; }
    { config.replicas = 3; }
  ];
}).config
