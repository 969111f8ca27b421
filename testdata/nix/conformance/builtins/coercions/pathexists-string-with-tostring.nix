builtins.pathExists { __toString = s: toString ./.; }
