{ lib }:
# A default is only evaluated when it is the value: a definition makes a
# throwing default harmless, with or without a priority.
(lib.evalModules {
  modules = [
    {
      options.plain = lib.mkOption { type = lib.types.str; default = throw "plain: default forced"; };
      options.forced = lib.mkOption { type = lib.types.str; default = throw "forced: default forced"; };
      options.listed = lib.mkOption { type = lib.types.listOf lib.types.int; default = throw "listed: default forced"; };
      options.sub = lib.mkOption {
        type = lib.types.submodule {
          options.x = lib.mkOption { type = lib.types.int; default = throw "sub.x: default forced"; };
        };
        default = { };
      };
    }
    {
      plain = "set";
      forced = lib.mkForce "forced";
      listed = lib.mkMerge [ [ 1 ] (lib.mkIf true [ 2 ]) ];
      sub.x = 3;
    }
  ];
}).config
