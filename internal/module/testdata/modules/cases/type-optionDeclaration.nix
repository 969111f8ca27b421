{ lib }:
(lib.evalModules {
  modules = [
    ({ config, ... }: {
      options.decl = lib.mkOption { type = lib.types.optionDeclaration; };
      options.port = config.decl;
      config.decl = lib.mkOption { type = lib.types.port; default = 80; };
    })
  ];
}).config.port
