# diverges: `meta' is ignored when no module declares it; nixpkgs reports the option `meta' as missing
{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = 1; meta.maintainers = [ ]; }
  ];
}).config
