{ lib }:
(lib.evalModules {
  modules = [
    { options.meta = lib.mkOption { type = lib.types.attrsOf lib.types.anything; default = { }; }; options.a = lib.mkOption { type = lib.types.int; }; }
    { a = 1; meta.owner = "me"; }
  ];
}).config
