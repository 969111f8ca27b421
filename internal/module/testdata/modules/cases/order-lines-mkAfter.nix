{ lib }:
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.lines; }; }
    { s = lib.mkAfter "end"; }
    { s = "start"; }
  ];
}).config
