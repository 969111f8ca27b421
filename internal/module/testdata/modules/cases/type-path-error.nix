{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.path; }; }
    { config.x = "relative/file"; }
  ];
}).config
