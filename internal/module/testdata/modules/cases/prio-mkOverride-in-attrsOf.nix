{ lib }:
(lib.evalModules {
  modules = [
    { options.env = lib.mkOption { type = lib.types.attrsOf lib.types.str; }; }
    { env = { A = lib.mkDefault "default-a"; B = "b"; }; }
    { env = { A = "set-a"; B = lib.mkForce "forced-b"; C = lib.mkOptionDefault "c"; }; }
  ];
}).config
