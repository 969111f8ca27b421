{ lib }:
(lib.evalModules {
  modules = [
    { options.f = lib.mkOption { type = lib.types.functionTo (lib.types.attrsOf lib.types.str); }; }
    { f = x: { a = x; }; }
    { f = x: { b = x + "!"; }; }
  ];
}).config.f "v"
