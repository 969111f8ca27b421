{ lib }:
let
  source = lib.types.attrTag {
    vault = lib.mkOption { type = lib.types.submodule { options.path = lib.mkOption { type = lib.types.str; }; options.key = lib.mkOption { type = lib.types.str; default = "value"; }; }; };
    literal = lib.mkOption { type = lib.types.str; };
  };
in
(lib.evalModules {
  modules = [
    { options.secretEnv = lib.mkOption { type = lib.types.attrsOf source; }; }
    { secretEnv.DB_PASSWORD.vault.path = "shop/db"; secretEnv.MODE.literal = "prod"; }
    { secretEnv.DB_PASSWORD.vault.key = "password"; }
  ];
}).config
