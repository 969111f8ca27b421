{ lib }:
(lib.evalModules {
  modules = [
    { options.tls = lib.mkOption { type = lib.types.bool; default = false; }; options.port = lib.mkOption { type = lib.types.port; default = 80; }; }
    ({ config, ... }: { port = lib.mkIf config.tls 443; })
    { tls = true; }
  ];
}).config
