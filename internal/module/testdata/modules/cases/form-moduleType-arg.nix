{ lib }:
(lib.evalModules {
  modules = [
    ({ moduleType, ... }: { options.t = lib.mkOption { default = moduleType.name; }; })
  ];
}).config
