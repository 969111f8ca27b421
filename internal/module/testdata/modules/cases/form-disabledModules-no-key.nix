{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 1; }; }
    { disabledModules = [ { options.x = lib.mkOption { }; } ]; }
  ];
}).config
