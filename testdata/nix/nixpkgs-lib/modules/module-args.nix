lib: (lib.evalModules {
  modules = [
    { config._module.args.helper = x: "helped ${x}"; }
    ({ helper, ... }: { options.out = lib.mkOption { type = lib.types.str; }; config.out = helper "me"; })
  ];
}).config.out
