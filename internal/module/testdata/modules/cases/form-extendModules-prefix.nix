{ lib }:
let
  base = lib.evalModules {
    modules = [
      { options.n = lib.mkOption { type = lib.types.int; }; }
      { n = 1; }
    ];
  };
in
(base.extendModules { modules = [ { n = "bad"; } ]; prefix = [ "ext" ]; }).config
