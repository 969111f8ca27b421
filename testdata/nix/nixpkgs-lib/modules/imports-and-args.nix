lib: (lib.evalModules {
  specialArgs = { team = "payments"; };
  modules = [
    ({ team, ... }: { options.owner = lib.mkOption { type = lib.types.str; }; config.owner = team; })
    { imports = [ ../_fix/module-a.nix ]; }
  ];
}).config
