lib: (lib.evalModules {
  modules = [
    { options.s = lib.mkOption {
        type = lib.types.submoduleWith { specialArgs = { greeting = "hi"; }; modules = [ ({ greeting, ... }: { options.msg = lib.mkOption { type = lib.types.str; default = greeting; }; }) ]; };
        default = { };
      };
    }
  ];
}).config.s.msg
