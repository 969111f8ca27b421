{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.str; }; }
    { a = lib.mkDefault "default"; }
    { a = "plain"; }
  ];
}).config
