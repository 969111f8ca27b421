{ lib }:
let
  o = (lib.evalModules {
    modules = [
      { options.a = lib.mkOption { default = 1; internal = true; visible = false; readOnly = true; description = "d"; }; }
    ];
  }).options.a;
in
{ inherit (o) internal visible readOnly description default value isDefined; }
