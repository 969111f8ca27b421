{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.submodule { options.b = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: { options.c = lib.mkOption { type = lib.types.str; default = name; }; })); }; }; }; }
    { a.b.x = { }; a.b.y.c = "set"; }
  ];
}).config
