{ lib }:
(lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule ./app.nix); }; }
    { apps.api.image = "api:1"; apps.web = ./web.nix; }
  ];
}).config
