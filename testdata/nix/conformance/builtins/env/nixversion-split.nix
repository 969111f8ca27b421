builtins.length (builtins.splitVersion builtins.nixVersion) >= 2
