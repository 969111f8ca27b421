{ lib }:
(lib.evalModules {
  modules = [
    { options.app = lib.mkOption { type = lib.types.submoduleWith { specialArgs.region = "eu"; modules = [ ({ region, ... }: { options.where = lib.mkOption { default = region; }; }) ]; }; }; }
    { app = { }; }
  ];
}).config
