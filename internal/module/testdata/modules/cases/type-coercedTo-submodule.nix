{ lib }:
(lib.evalModules {
  modules = [
    { options.ports = lib.mkOption { type = lib.types.attrsOf (lib.types.coercedTo lib.types.port (p: { port = p; }) (lib.types.submodule { options.port = lib.mkOption { type = lib.types.port; }; options.protocol = lib.mkOption { type = lib.types.enum [ "TCP" "UDP" ]; default = "TCP"; }; })); }; }
    { ports.http = 80; ports.dns = { port = 53; protocol = "UDP"; }; }
  ];
}).config
