{ lib }:
(lib.evalModules {
  modules = [
    { options.containers = lib.mkOption { type = lib.types.listOf (lib.types.submodule { options.port = lib.mkOption { type = lib.types.port; }; }); }; }
    { containers = [ { port = 1; } { port = "http"; } ]; }
  ];
}).config
