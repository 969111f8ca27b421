{ lib }:
(lib.evalModules {
  modules = [
    { options.out = lib.mkOption { type = lib.types.str; }; }
    { _module.args.flavour = "vanilla"; }
    { _module.args.flavour = lib.mkForce "chocolate"; }
    ({ flavour, ... }: { out = flavour; })
  ];
}).config
