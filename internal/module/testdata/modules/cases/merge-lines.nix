{ lib }:
(lib.evalModules {
  modules = [
    { options.script = lib.mkOption { type = lib.types.lines; }; }
    { script = "first"; }
    { script = "second"; }
    { script = lib.mkBefore "zeroth"; }
  ];
}).config
