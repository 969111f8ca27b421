{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }
    { _module.args.foo = 1; }
  ];
})._module.args.foo
