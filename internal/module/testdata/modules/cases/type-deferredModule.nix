{ lib }:
let
  r = lib.evalModules {
    modules = [
      { options.extra = lib.mkOption { type = lib.types.deferredModule; default = { }; }; }
      { extra = { options.x = lib.mkOption { default = 1; }; }; }
      { extra = { x = 2; }; }
    ];
  };
in
(lib.evalModules { modules = [ r.config.extra ]; }).config
