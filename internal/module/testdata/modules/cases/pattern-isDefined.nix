{ lib }:
(lib.evalModules {
  modules = [
    { options.host = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; }; options.ingress = lib.mkOption { type = lib.types.bool; default = false; }; }
    ({ options, ... }: { ingress = lib.mkIf (options.host.highestPrio < 1500) true; })
    { host = "api.example.com"; }
  ];
}).config
