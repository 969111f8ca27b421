{ lib }:
(lib.evalModules {
  modules = [
    { options.out = lib.mkOption { type = lib.types.str; }; }
    { _module.args.greeting = "hi"; }
    ({ greeting, ... }: { out = greeting; })
  ];
}).config
