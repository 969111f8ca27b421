lib:
let
  pkg = { out = "O"; lib = "L"; dev = "D"; man = "M"; include = "I"; static = "S"; outputSpecified = false; };
  plain = { out = "O2"; };
  chosen = { out = "O3"; dev = "D3"; outputSpecified = true; marker = 1; };
in
[ (lib.getLib pkg) (lib.getMan pkg) (lib.getInclude pkg) (lib.getStatic pkg) (lib.getInclude plain) (lib.getStatic plain) (lib.attrsets.getFirstOutput [ "nope" "dev" ] pkg) (lib.attrsets.getFirstOutput [ "nope" ] plain) (lib.getLib chosen).marker (lib.getInclude chosen).marker (lib.chooseDevOutputs [ pkg plain ]) ]
