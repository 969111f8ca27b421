let lib = import ./_lib; cfg = { a = { b = 1; c = { d = 2; }; }; e = 3; }; in {
  paths = lib.mapAttrsRecursive (path: v: builtins.concatStringsSep "." path) cfg;
  leaves = lib.collect builtins.isInt cfg;
}
