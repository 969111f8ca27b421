let m = import ./_fix/module.nix; cfg = m { config = { base = 21; }; lib = { }; }; in cfg.config.value
