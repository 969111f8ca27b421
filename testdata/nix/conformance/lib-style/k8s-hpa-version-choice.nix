let
  apiFor = k8sVersion: if builtins.compareVersions k8sVersion "1.23" >= 0 then "autoscaling/v2" else "autoscaling/v2beta2";
in map (v: { version = v; api = apiFor v; }) [ "1.22" "1.23" "1.31" "1.9" ]
