lib:
[ (builtins.isString lib.version) (lib.versionAtLeast lib.version "24.05") (lib.hasPrefix lib.trivial.release lib.version) (builtins.match "[0-9]{2}\\.[0-9]{2}" lib.trivial.release != null) (builtins.isString lib.trivial.codeName) (builtins.isInt lib.trivial.oldestSupportedRelease) (lib.trivial.oldestSupportedRelease >= 2405) ]
