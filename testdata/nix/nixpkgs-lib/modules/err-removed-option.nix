lib: (lib.evalModules {
  modules = [
    (lib.mkRemovedOptionModule [ "gone" ] "use something else")
    { gone = 1; }
  ];
}).config.gone
