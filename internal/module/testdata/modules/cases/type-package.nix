# diverges: types.package is rejected: nix-k8s builds no derivations
{ lib }:
(lib.evalModules {
  modules = [
    { options.p = lib.mkOption { type = lib.types.package; }; }
    { p = "nginx"; }
  ];
}).config
