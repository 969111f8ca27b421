{ lib }:
(lib.evalModules {
  specialArgs.extra = { options.x = lib.mkOption { default = "from-special"; }; };
  modules = [
    ({ extra, ... }: { imports = [ extra ]; })
  ];
}).config
