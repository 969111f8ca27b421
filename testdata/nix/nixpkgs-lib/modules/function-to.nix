lib: let eval = lib.evalModules {
  modules = [
    { options.f = lib.mkOption { type = lib.types.functionTo (lib.types.listOf lib.types.str); }; }
    { f = x: [ "a${x}" ]; }
    { f = x: [ "b${x}" ]; }
  ];
}; in eval.config.f "!"
