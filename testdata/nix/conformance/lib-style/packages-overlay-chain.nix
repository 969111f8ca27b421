let
  lib = import ./_lib;
  base = self: { hello = { name = "hello"; deps = [ ]; }; app = { name = "app"; deps = [ self.hello.name ]; }; };
  overlays = [
    (self: super: { hello = super.hello // { name = "hello-patched"; }; })
    (self: super: { extra = { name = "extra"; deps = [ self.app.name ] ++ super.app.deps; }; })
  ];
  final = lib.fix (builtins.foldl' (acc: o: lib.extends o acc) base overlays);
in lib.mapAttrsToList (n: v: "${n}:${v.name}:${builtins.concatStringsSep "," v.deps}") final
