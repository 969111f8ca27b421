lib: (lib.evalModules {
  modules = [
    { options.containers = lib.mkOption {
        type = lib.types.listOf (lib.types.submodule { options.name = lib.mkOption { type = lib.types.str; }; options.port = lib.mkOption { type = lib.types.nullOr lib.types.port; default = null; }; });
      };
    }
    { containers = [ { name = "a"; } { name = "b"; port = 80; } ]; }
  ];
}).config.containers
