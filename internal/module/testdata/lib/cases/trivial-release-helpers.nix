lib:
[ (lib.trivial.revisionWithDefault "fallback-rev") (builtins.isString lib.trivial.versionSuffix) (lib.trivial.release + lib.trivial.versionSuffix == lib.version) (lib.nixpkgsVersion == lib.version) ]
