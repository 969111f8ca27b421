{ lib }:
let
  dnsLabel = lib.types.addCheck lib.types.str (s: builtins.match "[a-z0-9]([-a-z0-9]*[a-z0-9])?" s != null);
in
(lib.evalModules {
  modules = [
    { options.team = lib.mkOption { type = dnsLabel; }; }
    { team = "Payments_Team"; }
  ];
}).config
