{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.str; }; }
    { a = lib.mkForce "forced"; }
    { a = "plain"; }
    { a = "other"; }
  ];
}).config
