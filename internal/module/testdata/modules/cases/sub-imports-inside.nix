{ lib }:
(lib.evalModules {
  modules = [
    { options.app = lib.mkOption { type = lib.types.submodule { imports = [ { options.x = lib.mkOption { default = 1; }; } ]; options.y = lib.mkOption { default = 2; }; }; }; }
    { app = { }; }
  ];
}).config
