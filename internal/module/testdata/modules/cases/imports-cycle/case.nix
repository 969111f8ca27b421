# diverges: import cycles are deduplicated by key and end; nixpkgs overflows its stack on them
{ lib }:
(lib.evalModules { modules = [ ./a.nix { l = [ "top" ]; } ]; }).config
