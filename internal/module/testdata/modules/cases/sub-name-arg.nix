{ lib }:
(lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: { options.fullName = lib.mkOption { type = lib.types.str; default = "app-${name}"; }; })); }; }
    { apps.api = { }; apps.web.fullName = "custom"; }
  ];
}).config
