lib:
let pkg = { out = "O"; bin = "B"; outputSpecified = false; }; spec = { out = "O"; bin = "B"; outputSpecified = true; name = "s"; }; in [ (lib.getOutput "bin" pkg) (lib.getOutput "dev" pkg) (lib.getBin pkg) (lib.getDev { out = "X"; }) (lib.getOutput "bin" spec).name ]
