{ lib }:
(lib.evalModules {
  modules = [
    (args: { options.a = args.lib.mkOption { type = args.lib.types.int; default = 3; }; })
  ];
}).config
