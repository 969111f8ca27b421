lib: (lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.str; }; options.y = lib.mkOption { type = lib.types.str; }; }
    { x = lib.mkDefault "default"; y = "normal"; }
    { x = "normal"; y = lib.mkForce "forced"; }
    { y = lib.mkOverride 60 "sixty"; }
  ];
}).config
