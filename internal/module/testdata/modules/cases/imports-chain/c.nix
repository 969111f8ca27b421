{ config, ... }: { l = [ "c:${toString (builtins.length config.l)}" ]; }
