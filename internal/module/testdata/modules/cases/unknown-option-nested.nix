{ lib }:
(lib.evalModules {
  modules = [
    { options.app.replicas = lib.mkOption { type = lib.types.int; }; options.app.image = lib.mkOption { type = lib.types.str; }; options.app.imagePullPolicy = lib.mkOption { type = lib.types.str; default = "x"; }; }
    { app = { replicas = 1; image = "x"; imag = "y"; }; }
  ];
}).config
