{ lib }:
(lib.evalModules {
  specialArgs.env = "prod";
  modules = [
    { options.out = lib.mkOption { type = lib.types.str; }; }
    ({ env, ... }: { out = env; })
  ];
}).config
