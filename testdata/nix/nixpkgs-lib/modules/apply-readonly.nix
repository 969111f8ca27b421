lib: let eval = lib.evalModules {
  modules = [
    { options.port = lib.mkOption { type = lib.types.port; default = 80; apply = x: x + 1; }; }
    { options.fixed = lib.mkOption { type = lib.types.str; default = "v"; readOnly = true; }; }
    { port = 8080; }
  ];
}; in eval.config
