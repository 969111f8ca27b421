{ lib }:
(lib.evalModules {
  modules = [
    { options.v = lib.mkOption { type = lib.types.strMatching "^v[0-9]+\\.[0-9]+(\\.[0-9]+)?$"; }; }
    { v = "1.2"; }
  ];
}).config
