{ lib }:
(lib.evalModules {
  modules = [
    ({ config, ... }: { options.prefix = lib.mkOption { type = lib.types.str; default = "enterprise.com"; }; options.labels = lib.mkOption { type = lib.types.attrsOf lib.types.str; apply = lib.mapAttrs' (n: v: lib.nameValuePair "${config.prefix}/${n}" v); }; })
    { labels.team = "payments"; labels.level = "high"; }
  ];
}).config
