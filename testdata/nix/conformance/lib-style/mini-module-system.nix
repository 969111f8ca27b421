let
  lib = import ./_lib;
  modules = [
    ({ config, ... }: { options.replicas = { default = 1; }; config.name = "api"; })
    ({ config, ... }: { config.replicas = 3; config.label = "${config.name}-${toString config.replicas}"; })
    ({ config, ... }: { config.ports = [ 80 ]; })
    ({ config, ... }: { config.ports = [ 443 ]; })
  ];
  evalModules = mods:
    let
      results = map (m: m { inherit config lib; }) mods;
      options = builtins.foldl' (acc: r: acc // (r.options or { })) { } results;
      defs = builtins.zipAttrsWith (n: vs: vs) (map (r: r.config or { }) results);
      merge = n: vs: if builtins.all builtins.isList vs then builtins.concatLists vs else builtins.head vs;
      config = builtins.mapAttrs (n: o: o.default) options // builtins.mapAttrs merge defs;
    in config;
in evalModules modules
