{ lib }:
(lib.evalModules {
  modules = [
    { options.n = lib.mkOption { type = lib.types.int; }; }
    { n = lib.mkDefinition { file = "generated.nix"; value = "not a number"; }; }
  ];
}).config
