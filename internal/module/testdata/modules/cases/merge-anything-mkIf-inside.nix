{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.anything; }; }
    { a = { keep = 1; drop = lib.mkIf false 2; forced = lib.mkForce 3; }; }
    { a.forced = 4; }
  ];
}).config
