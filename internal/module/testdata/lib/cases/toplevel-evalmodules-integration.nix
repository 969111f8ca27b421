lib:
let
  result = lib.evalModules {
    modules = [
      { options.replicas = lib.mkOption { type = lib.types.int; default = 1; }; }
      { options.labels = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; }; }
      { replicas = lib.mkForce 3; labels = lib.mapAttrs' (n: v: lib.nameValuePair "app.${n}" v) { name = "api"; }; }
      { replicas = 2; labels.tier = lib.mkDefault "backend"; }
    ];
  };
in
result.config
