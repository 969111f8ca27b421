lib: (lib.evalModules {
  modules = [
    { options.replicas = lib.mkOption { type = lib.types.int; }; }
    { replicas = "three"; }
  ];
}).config.replicas
