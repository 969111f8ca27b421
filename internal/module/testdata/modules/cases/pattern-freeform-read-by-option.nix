{ lib }:
(lib.evalModules {
  modules = [
    { freeformType = lib.types.attrsOf lib.types.str; }
    ({ config, ... }: { options.summary = lib.mkOption { type = lib.types.str; default = "${config.region}-${config.zone}"; }; })
    { region = "eu"; zone = "a"; }
  ];
}).config
