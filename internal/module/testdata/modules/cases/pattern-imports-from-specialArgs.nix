{ lib }:
(lib.evalModules {
  specialArgs.features = [ "tls" "metrics" ];
  modules = [
    ({ features, ... }: {
      imports = map (f: { options.${f}.enable = lib.mkEnableOption f; config.${f}.enable = true; }) features;
    })
  ];
}).config
