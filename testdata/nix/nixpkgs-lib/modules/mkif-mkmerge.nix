lib: (lib.evalModules {
  modules = [
    ({ config, ... }: {
      options.enable = lib.mkOption { type = lib.types.bool; default = false; };
      options.items = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
      config = lib.mkMerge [
        { items = [ "always" ]; }
        (lib.mkIf config.enable { items = [ "when-enabled" ]; })
      ];
    })
    { enable = true; }
  ];
}).config
