{ lib }:
let r = lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.image = lib.mkOption { type = lib.types.str; }; options.port = lib.mkOption { type = lib.types.port; }; }); }; }
  ];
}
; in builtins.attrNames (r.options.apps.type.getSubOptions [ "apps" "<name>" ])
