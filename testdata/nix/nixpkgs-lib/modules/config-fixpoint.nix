lib: (lib.evalModules {
  modules = [
    ({ config, ... }: {
      options.base = lib.mkOption { type = lib.types.int; default = 2; };
      options.derived = lib.mkOption { type = lib.types.int; };
      config.derived = config.base * 21;
    })
  ];
}).config.derived
