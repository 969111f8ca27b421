{ lib }:
(lib.evalModules {
  modules = [
    { options.rules = lib.mkOption { type = lib.types.attrsOf (lib.types.listOf lib.types.str); default = { }; }; }
    { rules.ingress = [ "b" ]; }
    { rules.ingress = lib.mkBefore [ "a" ]; rules.egress = lib.mkAfter [ "z" ]; }
    { rules.egress = [ "y" ]; rules.ingress = lib.mkIf false [ "never" ]; }
  ];
}).config
