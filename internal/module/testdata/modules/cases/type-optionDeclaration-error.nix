{ lib }:
(lib.evalModules {
  modules = [
    ({ options, ... }: {
      options.decl = lib.mkOption { type = lib.types.optionDeclaration; };
      options.other = lib.mkOption { default = 1; };
      config.decl = options.other;
    })
  ];
}).config
