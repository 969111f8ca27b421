{ lib }:
(lib.evalModules { specialArgs.site = "eu-1"; modules = [ ./m.nix { _module.args.tier = "gold"; } ]; }).config
