lib: (lib.evalModules {
  modules = [
    (lib.mkRenamedOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { type = lib.types.int; default = 0; }; }
    { old = 5; }
  ];
}).config.new
