{ lib }:
(lib.evalModules {
  modules = [
    { options.base = lib.mkOption { type = lib.types.int; default = 10; }; options.out = lib.mkOption { type = lib.types.int; }; }
    ({ config, ... }: { _module.args.derived = config.base * 2; })
    ({ derived, ... }: { out = derived; })
  ];
}).config
