{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.singleLineStr; }; }
    { config.x = "one line\n"; }
  ];
}).config
