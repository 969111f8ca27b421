lib: let
  scope = { x = 1; y = 2; };
  callPackage = lib.callPackageWith scope;
  pkg = callPackage ({ x, y, z ? 3 }: { total = x + y + z; }) { };
in [ pkg.total (pkg.override { x = 100; }).total ]
