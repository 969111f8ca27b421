{ lib }:
(lib.evalModules {
  modules = [
    { options.ports = lib.mkOption { type = lib.types.listOf lib.types.port; default = [ ]; }; options.exposed = lib.mkOption { type = lib.types.listOf lib.types.port; default = [ ]; }; }
    ({ options, ... }: { exposed = lib.mkAliasDefinitions options.ports; })
    { ports = [ 80 ]; }
    { ports = lib.mkAfter [ 443 ]; }
  ];
}).config
