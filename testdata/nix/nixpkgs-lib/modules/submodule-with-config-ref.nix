lib: (lib.evalModules {
  modules = [
    ({ config, ... }: {
      options.domain = lib.mkOption { type = lib.types.str; default = "example.com"; };
      options.services = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
          options.host = lib.mkOption { type = lib.types.str; default = "${name}.${config.domain}"; };
        }));
      };
      config.services.api = { };
      config.services.web.host = "www.example.org";
    })
  ];
}).config.services
