{ lib }:
(lib.evalModules {
  modules = [
    { options.containers = lib.mkOption { type = lib.types.listOf (lib.types.submodule { options.name = lib.mkOption { type = lib.types.str; }; options.image = lib.mkOption { type = lib.types.str; default = "busybox"; }; }); }; }
    { containers = [ { name = "a"; } { name = "b"; image = "nginx"; } ]; }
  ];
}).config
