lib: (lib.evalModules { modules = [ { options.s = lib.mkOption { type = lib.types.str; }; } ]; }).config.s
