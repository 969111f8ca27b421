# diverges: module functions are called with exactly the arguments their formals name; nixpkgs passes all its arguments and fails on functions without `...'
{ lib }:
(lib.evalModules {
  modules = [
    ({ lib }: { options.a = lib.mkOption { type = lib.types.int; default = 1; }; })
  ];
}).config
