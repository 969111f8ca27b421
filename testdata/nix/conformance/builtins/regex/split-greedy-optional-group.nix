builtins.split "a*(ab)?" "aab"
