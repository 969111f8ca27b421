{ lib }:
let
  inner = lib.evalModules { modules = [ { options.a = lib.mkOption { default = 1; }; } ]; };
in
(lib.evalModules { modules = [ inner ]; }).config
