{ config, ... }: { imports = [ ./c.nix ]; l = [ "b:${config.name}" ]; }
