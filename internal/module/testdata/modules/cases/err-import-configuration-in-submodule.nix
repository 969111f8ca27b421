{ lib }:
let
  inner = lib.evalModules { modules = [ ]; };
in
(lib.evalModules {
  modules = [
    { options.app = lib.mkOption { type = lib.types.submodule { }; }; }
    { app = { ... }: { imports = [ inner ]; }; }
  ];
}).config
