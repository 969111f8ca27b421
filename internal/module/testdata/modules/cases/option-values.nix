{ lib }:
(r: { av = r.options.a.value; adef = r.options.a.isDefined; aprio = r.options.a.highestPrio; bprio = r.options.b.highestPrio; adefs = r.options.a.definitions; loc = r.options.a.loc; type = r.options.a.type.name; }) (lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 1; }; options.b = lib.mkOption { type = lib.types.int; default = 1; }; }
    { a = lib.mkForce 5; }
  ];
})
