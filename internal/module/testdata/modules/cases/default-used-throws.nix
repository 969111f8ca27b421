{ lib }:
# The default is the value when nothing else is defined: its error shows.
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.str; default = throw "a has no default"; }; }
    { options.b = lib.mkOption { type = lib.types.str; default = "b"; }; }
    { b = lib.mkIf false "never"; }
  ];
}).config
