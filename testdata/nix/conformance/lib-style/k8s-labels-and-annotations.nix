let
  lib = import ./_lib;
  prefix = "enterprise.com";
  compliance = { level = "high"; framework = "pci-dss"; owner = "payments"; };
  labelsFor = name: {
    "app.kubernetes.io/name" = name;
    "app.kubernetes.io/managed-by" = "nix-k8s";
    "${prefix}/compliance-level" = compliance.level;
    "${prefix}/owner-team" = compliance.owner;
  };
  annotate = obj: lib.recursiveUpdate obj { metadata.annotations."${prefix}/regulatory-framework" = compliance.framework; };
in map (n: annotate { metadata = { name = n; labels = labelsFor n; }; }) [ "api" "worker" ]
