{ lib }:
(lib.evalModules {
  modules = [
    (lib.mkRenamedOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { type = lib.types.int; }; }
    { options.warnings = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
    { _file = "user.nix"; old = 4; }
  ];
}).config
