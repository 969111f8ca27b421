lib: {
  addMetaAttrs = (lib.addMetaAttrs { description = "d"; } { meta = { homepage = "h"; }; }).meta;
  lowPrio = (lib.lowPrio { }).meta.priority;
  platformMatch = lib.meta.platformMatch { system = "x86_64-linux"; parsed = (lib.systems.elaborate "x86_64-linux").parsed; } "x86_64-linux";
}
