{ lib }:
(lib.evalModules {
  modules = [
    { options.p = lib.mkOption { type = lib.types.path; }; options.s = lib.mkOption { type = lib.types.str; }; }
    ({ config, ... }: { p = ./.; s = builtins.baseNameOf (toString config.p); })
  ];
}).config.s
