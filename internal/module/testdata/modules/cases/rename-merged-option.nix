{ lib }:
(lib.evalModules {
  modules = [
    (lib.mkMergedOptionModule [ [ "host" ] [ "port" ] ] [ "endpoint" ] (config: "${config.host}:${toString config.port}"))
    { options.endpoint = lib.mkOption { type = lib.types.str; default = "none"; }; }
    { options.warnings = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
    { _file = "old.nix"; host = "db"; port = 5432; }
  ];
}).config
