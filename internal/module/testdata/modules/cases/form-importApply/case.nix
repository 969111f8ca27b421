{ lib }:
(lib.evalModules {
  modules = [
    (lib.modules.importApply ./app.nix { defaultImage = "nginx:1.27"; })
    { image = lib.mkIf false "never"; }
  ];
}).config
