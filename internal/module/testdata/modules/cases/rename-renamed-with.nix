{ lib }:
(lib.evalModules {
  modules = [
    (lib.mkRenamedOptionModuleWith { sinceRelease = 2405; from = [ "image" ]; to = [ "container" "image" ]; })
    { options.container.image = lib.mkOption { type = lib.types.str; }; }
    { image = "nginx"; }
  ];
}).config.container
