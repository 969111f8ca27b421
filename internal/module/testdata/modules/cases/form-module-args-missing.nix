{ lib }:
(lib.evalModules {
  modules = [
    { options.out = lib.mkOption { type = lib.types.str; }; }
    ({ nothere, ... }: { out = nothere; })
  ];
}).config
