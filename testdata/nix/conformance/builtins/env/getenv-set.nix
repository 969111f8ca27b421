builtins.getEnv "NIXK8S_CONFORMANCE"
