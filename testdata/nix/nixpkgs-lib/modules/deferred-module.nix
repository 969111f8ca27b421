lib: let eval = lib.evalModules {
  modules = [
    { options.defaults = lib.mkOption { type = lib.types.deferredModule; default = { }; }; }
    { defaults = { options.z = lib.mkOption { type = lib.types.int; default = 3; }; }; }
  ];
}; in (lib.evalModules { modules = [ eval.config.defaults { z = 7; } ]; }).config.z
