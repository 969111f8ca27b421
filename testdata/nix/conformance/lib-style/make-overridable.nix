let
  lib = import ./_lib;
  mkApp = { name, replicas ? 1 }: { manifest = "${name} x${toString replicas}"; };
  app = lib.makeOverridable mkApp { name = "api"; };
in [ app.manifest (app.override { replicas = 3; }).manifest ((app.override { replicas = 2; }).override (old: { name = old.name + "-v2"; })).manifest ]
