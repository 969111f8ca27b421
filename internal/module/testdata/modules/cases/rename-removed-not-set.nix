{ lib }:
(lib.evalModules {
  modules = [
    (lib.mkRemovedOptionModule [ "legacy" ] "Use `modern' instead.")
    { options.assertions = lib.mkOption { type = lib.types.listOf lib.types.unspecified; default = [ ]; }; }
  ];
}).config.assertions
