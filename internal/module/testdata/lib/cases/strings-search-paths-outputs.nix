lib:
let
  pkgs = [ { out = "/o1"; lib = "/l1"; dev = "/d1"; } { out = "/o2"; } ];
in
[ (lib.makeLibraryPath pkgs) (lib.makeIncludePath pkgs) (lib.makeSearchPathOutput "dev" "share" pkgs) (lib.makeBinPath [ ]) ]
